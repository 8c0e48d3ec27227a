using Scholarly.Tests.Support;

namespace Scholarly.Tests.Cli;

/// <summary>
/// The native binary (dotnet publish -r linux-x64 -p:PublishAot=true, what bench/run.sh times): the framework is
/// trimmed, and Scriban, YamlDotNet, Jint and Spectre.Console.Cli reach types through reflection, so a member the
/// trimmer drops would show only here. It must write every theme's sample site byte for byte as the JIT build does,
/// formulas typeset from a cold cache included, and get a new user from nothing to a published site.
/// </summary>
[Category("Slow")]
public class NativeBuildTests
{
    private TestSite _temp = null!;
    private string _native = null!;

    [OneTimeSetUp]
    public void PublishTheNativeBinary()
    {
        if (!File.Exists("/usr/bin/clang"))
        {
            const string Message = "Native AOT needs clang: apt-get install -y clang zlib1g-dev";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail(Message);
            }

            Assert.Ignore(Message);
        }

        _temp = new TestSite();
        // A copy of the sources of its own: the other tests build and pack the same projects meanwhile, and two builds
        // must not share obj/ folders.
        var sources = Path.Combine(_temp.Root, "repository");
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "README.md" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Root, file), Path.Combine(Directory.CreateDirectory(sources).FullName, file));
        }

        FolderCopy.Copy(Path.Combine(RepositoryPaths.Root, "src"), Path.Combine(sources, "src"), "bin", "obj");
        FolderCopy.Copy(RepositoryPaths.Themes, Path.Combine(sources, "themes"));
        var output = Path.Combine(_temp.Root, "native");
        FirstHourTests.Run("dotnet", sources, null, "publish", Path.Combine("src", "Scholarly.Cli"), "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", output);
        _native = Path.Combine(output, "Scholarly.Cli");
    }

    [OneTimeTearDown]
    public void RemoveIt() => _temp?.Dispose();

    [TestCase("scholar")]
    [TestCase("minimal")]
    [TestCase("sidebar")]
    public void TheNativeBinaryWritesTheSampleSiteAsTheJitBuildDoes(string theme)
    {
        // The sample without its formula cache: the native binary typesets every formula itself (Jint, Temml).
        var sample = Path.Combine(_temp.Root, "sample-" + theme);
        FolderCopy.Copy(RepositoryPaths.Content, sample, ".scholarly-cache");
        var native = Path.Combine(_temp.Root, "native-" + theme);
        var jit = Path.Combine(_temp.Root, "jit-" + theme);

        var printed = FirstHourTests.Run(_native, sample, null, "build", "--theme", theme, "--output", native);
        Assert.That(SiteBuilder.Build(new BuildOptions(RepositoryPaths.Content, jit, Theme: theme, BuiltInThemesDirectory: RepositoryPaths.Themes)).Succeeded, Is.True);

        Assert.That(printed, Does.Contain("Built 48 pages"));
        Assert.That(OutputSnapshot.Take(native), Is.EqualTo(OutputSnapshot.Take(jit)));
    }

    [Test]
    public void ANewUserGetsFromNothingToAPublishedSiteWithIt()
    {
        var work = Path.Combine(_temp.Root, "work");
        Directory.CreateDirectory(work);
        FirstHourTests.Replay(_native, work);
    }
}
