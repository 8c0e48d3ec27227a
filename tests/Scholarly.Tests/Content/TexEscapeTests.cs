using Scholarly.Tests.Support;

namespace Scholarly.Tests.Content;

/// <summary>TeX in a double-quoted YAML string loses its backslash to a YAML escape: a warning with the line and the fix.</summary>
public class TexEscapeTests
{
    [TestCase("title: \"Greek \\alpha\"", "\"\\a\" in a double-quoted string is a YAML escape for the bell character U+0007, so \"\\alpha\" does not reach the page as written")]
    [TestCase("title: \"A \\frac{1}{2} bound\"", "a form feed U+000C, so \"\\frac\"")]
    [TestCase("title: \"Learning \\theta\"", "a tab U+0009, so \"\\theta\"")]
    [TestCase("title: \"On \\nabla f\"", "a line break U+000A, so \"\\nabla\"")]
    [TestCase("title: \"A \\Phi bound\"", "a paragraph separator U+2029, so \"\\Phi\"")]
    public void AnEscapeThatAteTexIsAWarningWithItsLine(string titleLine, string expected)
    {
        using var site = new TestSite().Paper("p", "authors: [A]\ndate: 2024-01-01\n" + titleLine);

        var result = site.Build();

        Assert.That(result.Succeeded, Is.True);
        var warning = result.Diagnostics.Single(d => !d.IsError);
        Assert.That(warning.File, Is.EqualTo("papers/p.md"));
        Assert.That(warning.Line, Is.EqualTo(4), "the paper's fourth line holds the title");
        Assert.That(warning.Message, Does.Contain(expected).And.Contain("single quotes").And.Contain("block scalar (|)"));
    }

    [TestCase("title: 'Greek \\alpha'")]
    [TestCase("title: \"Greek \\\\alpha\"")]
    [TestCase("title: Greek \\alpha")]
    [TestCase("title: \"Two columns\\t2024\\n\"")]
    [TestCase("abstract: \"First paragraph. \\nWe propose a method\\nthat works.\"\ntitle: T")]
    [TestCase("title: T\nextra: &e {self: *e}")]
    [TestCase("abstract: |\n  Greek \\alpha and \\frac{a}{b}\ntitle: T")]
    public void TexWrittenSafelyIsNotWarnedAbout(string line)
    {
        using var site = new TestSite().Paper("p", "authors: [A]\ndate: 2024-01-01\n" + line);

        var result = site.Build();

        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        Assert.That(result.Diagnostics.Where(d => d.Message.Contains("YAML escape", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void ADocumentWhoseAliasRefersToItselfIsCheckedOnce()
    {
        using var site = new TestSite().Paper("p", "title: T\nauthors: [A]\ndate: 2024-01-01\nextra: &e {self: *e, more: \"\\alpha\"}");

        var build = Task.Run(() => site.Build());

        Assert.That(build.Wait(TimeSpan.FromSeconds(30)), Is.True, "the check walks each node once, not the alias's loop forever");
        Assert.That(build.Result.Diagnostics.Count(d => d.Message.Contains("YAML escape", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public void EveryEscapeInAStringIsNamedNotOnlyTheFirst()
    {
        using var site = new TestSite().Paper("p", "authors: [A]\ndate: 2024-01-01\ntitle: \"Greek \\alpha and \\beta estimators\"");

        var warnings = site.Build().Diagnostics.Where(d => !d.IsError).ToList();

        Assert.That(warnings.Select(w => (w.Line, w.Column)), Is.EqualTo(new[] { (4, 15), (4, 26) }));
        Assert.That(warnings[1].Message, Does.Contain("\"\\beta\""));
    }

    [TestCase("\\xi", "did not find expected hexadecimal number \"\\xi\"")]
    [TestCase("\\upsilon", "did not find expected hexadecimal number \"\\upsilon\"")]
    public void AHexEscapeThatIsTexGetsTheSameHint(string tex, string expected)
    {
        using var site = new TestSite().Paper("p", $"authors: [A]\ndate: 2024-01-01\ntitle: \"Greek {tex} test\"");

        var error = site.Build().Diagnostics.Single(d => d.IsError).ToString();

        Assert.That(error, Does.Contain(expected).And.Contain("write it in single quotes"));
    }

    [Test]
    public void AnEscapeYamlDoesNotKnowIsAnErrorThatNamesTheCommandAndTheFix()
    {
        using var site = new TestSite().Paper("p", "authors: [A]\ndate: 2024-01-01\ntitle: \"The \\mathbb{R} case\"");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Single(d => d.IsError).ToString(), Does.StartWith("papers/p.md:4:8: error: invalid YAML: ")
            .And.Contain("unknown escape character \"\\mathbb\"; TeX in a double-quoted string is read as YAML escapes; write it in single quotes ('\\mathbb')"));
    }

    [Test]
    public void TheConfigAndProfileAreCheckedToo()
    {
        using var site = new TestSite()
            .Write("site/scholarly.yml", TestSite.DefaultConfig + "\ndescription: \"Papers on \\beta-VAEs\"")
            .Write("site/profile.md", "---\nname: Ada\nposition: \"Fellow, \\emph{Engine} lab\"\n---\n");

        var warnings = site.Build().Diagnostics.Where(d => !d.IsError).Select(d => d.ToString()).ToList();

        Assert.That(warnings, Has.Some.StartsWith("scholarly.yml:5:25: warning: \"\\b\" in a double-quoted string is a YAML escape for a backspace U+0008"));
        Assert.That(warnings, Has.Some.StartsWith("profile.md:3:20: warning: \"\\e\" in a double-quoted string is a YAML escape for the escape character U+001B"));
    }
}
