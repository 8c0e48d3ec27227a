using Scholarly.Tests.Support;

namespace Scholarly.Tests.Content;

/// <summary>A file or folder the build never reads is a warning that names it, with "did you mean" when one is close.</summary>
public class UnreadEntriesTests
{
    private const string Paper = "title: P\nauthors: [A]\ndate: 2024-01-01";

    [Test]
    public void APageAtTheTopAndMisspeltFoldersAreNamed()
    {
        using var site = new TestSite()
            .Paper("p", Paper)
            .Write("site/about.md", "---\ntitle: About\n---\nHi.")
            .Write("site/talk/2024-01-01.md", "---\ntitle: A talk\n---\n")
            .Write("site/paper/x.md", "---\n" + Paper + "\n---\n");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.True, "valid input: warnings, not errors");
        var warnings = result.Diagnostics.Where(d => !d.IsError).Select(d => d.ToString()).ToList();
        Assert.That(warnings, Has.Some.StartsWith("about.md: warning: this file is not read"));
        Assert.That(warnings.Single(w => w.StartsWith("about.md:", StringComparison.Ordinal)), Does.EndWith("a page goes in pages/ (pages/about.md is /about/)"));
        Assert.That(warnings, Has.Some.StartsWith("talk/: warning: this folder is not read (did you mean 'talks'?); a site reads papers/, pages/, news/, talks/"));
        Assert.That(warnings, Has.Some.StartsWith("paper/: warning: this folder is not read (did you mean 'papers'?)"));
    }

    [Test]
    public void AFolderOfMarkdownPagesIsNamedEvenWithoutANearName()
    {
        using var site = new TestSite().Paper("p", Paper).Write("site/docs/2024/talk.md", "# A talk");

        var warnings = site.Build().Diagnostics.Select(d => d.ToString()).ToList();

        Assert.That(warnings, Is.EqualTo(new[] { "docs/: warning: this folder is not read; a site reads papers/, pages/, news/, talks/, teaching/, projects/, static/, layouts/, partials/, themes/; files to publish as they are go in static/" }));
    }

    [Test]
    public void AMisspeltConfigNameAndAPhotoOutsideStaticAreNamed()
    {
        using var site = new TestSite().Paper("p", Paper).Write("site/Profile.yml", "x: 1").Write("site/photo.jpg", "JPEG");

        var warnings = site.Build().Diagnostics.Select(d => d.ToString()).ToList();

        Assert.That(warnings, Has.Some.StartsWith("Profile.yml: warning: this file is not read (did you mean 'profile.md'?)"));
        Assert.That(warnings, Has.Some.StartsWith("photo.jpg: warning: this file is not published; move it into static/"));
    }

    [Test]
    public void FilesInPapersThatAreNotPaperFilesAreNamed()
    {
        using var site = new TestSite().Paper("p", Paper).Write("site/papers/p.pdf", "%PDF").Write("site/papers/q.markdown", "---\n" + Paper + "\n---\n");

        var warnings = site.Build().Diagnostics.Select(d => d.ToString()).ToList();

        Assert.That(warnings, Has.Some.StartsWith("papers/p.pdf: warning: this file is not read: papers/ holds paper files (*.md); files to publish go in static/, for example static/papers/p.pdf"));
        Assert.That(warnings, Has.Some.StartsWith("papers/q.markdown: warning: this file is not read: paper files end in .md; rename it to q.md"));
    }

    [Test]
    public void WhatARepositoryHoldsBesideASiteIsNotWarnedAbout()
    {
        using var site = new TestSite()
            .Paper("p", Paper)
            .Write("site/README.md", "# My homepage")
            .Write("site/LICENSE", "MIT")
            .Write("site/refs.bib", "@misc{a, title={A}}")
            .Write("site/.git/HEAD", "ref: refs/heads/main")
            .Write("site/.github/workflows/pages.yml", "on: push")
            .Write("site/papers/.notes.txt", "hidden")
            .Write("site/papers/p.md~", "an editor's backup")
            .Write("site/papers/#p.md#", "an editor's autosave")
            .Write("site/scripts/deploy.sh", "#!/bin/sh")
            .Write("site/node_modules/x/README.md", "# a package");

        var result = site.Build();

        Assert.That(result.Diagnostics, Is.Empty);
    }
}
