using System.Diagnostics;
using Scholarly.Output;

namespace Scholarly.Publishing;

/// <summary>
/// Publishes a built site to a branch of a git repository (gh-pages by default), the way GitHub Pages' "deploy from
/// a branch" wants it: the branch holds exactly the site, one commit per publish that changed something.
/// </summary>
internal static class GitPagesPublisher
{
    /// <summary>The outcome: whether a commit was pushed, and what git said when it failed.</summary>
    public sealed record Result(bool Succeeded, bool Changed, string Message);

    /// <param name="remote">A remote's name in <paramref name="repository"/> (origin) or a URL or path git can push to.</param>
    public static Result Publish(string siteDirectory, string remote, string branch, string message, string repository)
    {
        if (!Directory.Exists(siteDirectory))
        {
            return new Result(false, false, $"there is no {siteDirectory} to publish; run scholarly build first");
        }

        if (!File.Exists(Path.Combine(siteDirectory, StagingFolder.MarkerFile)))
        {
            return new Result(false, false, $"{siteDirectory} is not a site Scholarly built; run scholarly build first");
        }

        if (Git(Path.GetTempPath(), "--version").Code != 0)
        {
            return new Result(false, false, "publishing needs git, which was not found on this machine (install git and try again)");
        }

        var (url, named) = PushTarget(remote, repository);
        if (IsLocalPath(url) && !Directory.Exists(url))
        {
            return new Result(false, false, named
                ? $"the remote '{remote}' points to {url}, which does not exist"
                : $"'{remote}' is neither a remote of the repository here nor a folder; add one (git remote add origin URL) or name a URL or path with --remote");
        }

        var work = Path.Combine(Path.GetTempPath(), "scholarly-publish-" + Guid.NewGuid().ToString("N"));
        try
        {
            if (Git(Path.GetTempPath(), "clone", "--quiet", "--depth", "1", "--branch", branch, url, work).Code != 0)
            {
                Directory.CreateDirectory(work);
                Git(work, "init", "--quiet");
                Git(work, "checkout", "--quiet", "--orphan", branch);
            }

            foreach (var entry in Directory.EnumerateFileSystemEntries(work).Where(e => Path.GetFileName(e) != ".git"))
            {
                if (Directory.Exists(entry))
                {
                    Directory.Delete(entry, recursive: true);
                }
                else
                {
                    File.Delete(entry);
                }
            }

            Copy(siteDirectory, work);
            Git(work, "add", "--all");
            if (Git(work, "status", "--porcelain").Output.Trim().Length == 0)
            {
                return new Result(true, false, $"Nothing to publish: {branch} already holds this site");
            }

            var identity = Git(work, "config", "user.email").Code == 0 ? [] : new[] { "-c", "user.name=Scholarly", "-c", "user.email=scholarly@localhost" };
            var commit = Git(work, [.. identity, "commit", "--quiet", "-m", message]);
            if (commit.Code != 0)
            {
                return new Result(false, false, "git commit failed: " + commit.Output.Trim());
            }

            var push = Git(work, "push", "--quiet", url, $"HEAD:refs/heads/{branch}");
            return push.Code == 0
                ? new Result(true, true, $"Published to {branch} of {url}")
                : new Result(false, false, $"git push to {url} failed: {push.Output.Trim()}");
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary>
    /// Where to push: a remote's push URL when <paramref name="remote"/> names one, else <paramref name="remote"/> itself.
    /// The push runs from a temporary clone, so a local path becomes absolute: a remote's relative URL against the
    /// work tree's top (where git itself resolves it), a path typed on the command line against the current folder.
    /// </summary>
    private static (string Url, bool Named) PushTarget(string remote, string repository)
    {
        if (Git(repository, "remote", "get-url", "--push", remote) is { Code: 0 } named)
        {
            var url = named.Output.Trim();
            var top = Git(repository, "rev-parse", "--show-toplevel") is { Code: 0 } root ? root.Output.Trim() : repository;
            return (IsLocalPath(url) ? Path.GetFullPath(url, top) : url, true);
        }

        return (IsLocalPath(remote) ? Path.GetFullPath(remote, repository) : remote, false);
    }

    /// <summary>
    /// False for what git reads as a URL: <c>scheme://…</c> or the scp-like <c>[user@]host:path</c> (a colon before any
    /// slash); true for a path on this machine.
    /// </summary>
    private static bool IsLocalPath(string target)
    {
        if (target.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        var colon = target.IndexOf(':', StringComparison.Ordinal);
        var slash = target.IndexOf('/', StringComparison.Ordinal);
        return colon < 0 || (slash >= 0 && slash < colon) || Path.IsPathRooted(target);
    }

    /// <summary>The site's files, without Scholarly's marker (it only matters beside the build, not on the web).</summary>
    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative == StagingFolder.MarkerFile)
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static (int Code, string Output) Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process? git;
        try
        {
            git = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (127, "git was not found");
        }

        if (git is null)
        {
            return (127, "git could not be started");
        }

        using var _ = git;
        var output = git.StandardOutput.ReadToEndAsync();
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        return (git.ExitCode, output.Result + error);
    }
}
