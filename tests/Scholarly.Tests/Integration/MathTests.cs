using System.Text.Json;
using System.Xml.Linq;
using Scholarly.Markup;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Integration;

/// <summary>
/// Math in a site as a visitor and a crawler see it: MathML on the page with no script, Unicode text where HTML cannot
/// go, a formula that does not parse reported at its line and shown as written, and the cache beside the site that
/// changes nothing but speed.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class MathTests
{
    private const string Paper =
        "title: Regret $\\tilde{O}(\\sqrt{T})$ in $\\mathbb{R}^d$\nauthors: [Ada Lovelace]\ndate: 2024-05-01\ntags: [x]\n"
        + "abstract: |\n  We bound $\\|x\\|_2$ by $\\frac{a}{b}$ for all $x \\in \\mathbb{R}^d$.\n\n  $$\\sum_{i=1}^{n} x_i = 0$$";

    [Test]
    public void APageShowsMathMlAndNoScript()
    {
        using var site = new TestSite().Paper("regret", Paper);
        Assert.That(site.Build().Succeeded, Is.True);

        var page = site.Html("papers/regret/index.html");
        Assert.That(page.QuerySelectorAll("h1 math"), Has.Length.EqualTo(2));
        Assert.That(page.QuerySelector("h1 math mi")!.TextContent, Is.Not.Empty);
        Assert.That(page.QuerySelectorAll(".abstract math, main math").Select(m => m.InnerHtml), Has.Some.Contains("<mfrac>"));
        var display = page.QuerySelector("span.math-display")!;
        Assert.That(display.QuerySelector("math")!.GetAttribute("display"), Is.EqualTo("block"));
        Assert.That(display.GetAttribute("tabindex"), Is.EqualTo("0"), "a formula wider than a phone scrolls in a box the keyboard reaches");
        Assert.That(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")), Has.None.Contains("katex").And.None.Contains("mathjax").And.None.Contains("temml"));
        Assert.That(page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")), Has.Some.EndsWith("Temml-Local.css"));
        Assert.That(site.Exists("assets/noto-sans-math-5.3.0/noto-sans-math-latin-400-normal.woff"), Is.True, "the math font ships with the site");
    }

    [Test]
    public void WhereHtmlCannotGoMathReadsAsUnicodeText()
    {
        using var site = new TestSite().Paper("regret", Paper);
        Assert.That(site.Build().Succeeded, Is.True);

        const string title = "Regret Õ(√T) in ℝ^d";
        var page = site.Html("papers/regret/index.html");
        Assert.That(page.Title, Does.StartWith(title + " · "));
        Assert.That(page.QuerySelector("meta[name=citation_title]")!.GetAttribute("content"), Is.EqualTo(title));
        Assert.That(page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"), Is.EqualTo(title));
        var description = page.QuerySelector("meta[name=description]")!.GetAttribute("content");
        Assert.That(description, Does.StartWith("We bound ‖x‖_2 by a/b for all x ∈ ℝ^d. ∑_(i=1)^n x_i = 0"));

        var article = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.That(article.GetProperty("name").GetString(), Is.EqualTo(title));
        Assert.That(article.GetProperty("abstract").GetString(), Does.Contain("x ∈ ℝ^d"));

        var rss = XDocument.Load(Path.Combine(site.OutputDirectory, "feed.xml"));
        Assert.That(rss.Descendants("item").Single().Element("title")!.Value, Is.EqualTo(title));
        var ris = site.Read("papers/regret/cite.ris");
        Assert.That(ris, Does.Contain("TI  - " + title + "\r\n").And.Contain("AB  - We bound ‖x‖_2 by a/b"));

        foreach (var text in new[] { page.Title!, description!, ris })
        {
            Assert.That(text, Does.Not.Contain("\\").And.Not.Contain("$"), "no TeX command or delimiter left");
        }
    }

    [Test]
    public void AFormulaThatDoesNotParseIsAWarningAtItsLineAndShownAsWritten()
    {
        using var site = new TestSite().Paper("broken", "title: Broken\nauthors: [A]\ndate: 2024-01-01\nabstract: |\n  Fine $x$ here.\n  Broken $\\frac{a$ there.", "Notes.\n\nAnd $\\nocommand$ too.");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.True, "a bad formula never breaks the build");
        var warnings = result.Diagnostics.Where(d => !d.IsError).OrderBy(d => d.Line).ToList();
        Assert.That(warnings.Select(w => (w.File, w.Line)), Is.EqualTo(new[] { ("papers/broken.md", 7), ("papers/broken.md", 11) }));
        Assert.That(warnings[0].Message, Does.Contain("$\\frac{a$").And.Contain("cannot be typeset"));
        Assert.That(warnings[1].Column, Is.EqualTo(5), "a body's column is the file's");
        Assert.That(warnings[1].Message, Does.Contain("\\nocommand"));

        var page = site.Html("papers/broken/index.html");
        Assert.That(page.QuerySelectorAll("code.math-error").Select(c => c.TextContent), Is.EqualTo(new[] { "$\\frac{a$", "$\\nocommand$" }));
        Assert.That(page.QuerySelectorAll("math"), Has.Length.EqualTo(1), "the good formula beside it is typeset");
    }

    [Test]
    public void TheMathCacheChangesNoByteAndADamagedOneIsIgnored()
    {
        using var site = new TestSite().Paper("regret", Paper);
        Assert.That(site.Build().Succeeded, Is.True);
        var cache = Directory.GetFiles(Path.Combine(site.SiteDirectory, ".scholarly-cache", "math")).Single();
        Assert.That(File.ReadAllText(cache), Does.Contain("mfrac"), "the build kept what it typeset");
        var first = site.Read("papers/regret/index.html");

        Assert.That(site.Build().Succeeded, Is.True);
        Assert.That(site.Read("papers/regret/index.html"), Is.EqualTo(first), "from the cache");

        File.WriteAllText(cache, "{ not json");
        // Without the parsed papers kept beside it, so that the paper's formulas are typeset again.
        Directory.Delete(Path.Combine(site.SiteDirectory, ".scholarly-cache", "papers"), recursive: true);
        Assert.That(site.Build().Succeeded, Is.True);
        Assert.That(site.Read("papers/regret/index.html"), Is.EqualTo(first), "a damaged cache is typeset again");
        Assert.That(File.ReadAllText(cache), Does.Contain("mfrac"), "and written anew");

        Directory.Delete(Path.Combine(site.SiteDirectory, ".scholarly-cache"), recursive: true);
        Assert.That(site.Build().Succeeded, Is.True);
        Assert.That(site.Read("papers/regret/index.html"), Is.EqualTo(first), "without a cache");
    }

    [Test]
    public void TheCacheHoldsOnlyTheFormulasOfTheLastBuild()
    {
        using var site = new TestSite().Paper("regret", Paper);
        Assert.That(site.Build().Succeeded, Is.True);
        site.Paper("regret", "title: Plain\nauthors: [A]\ndate: 2024-01-01\nabstract: Only $k$ now.");
        Assert.That(site.Build().Succeeded, Is.True);

        var stored = File.ReadAllText(Directory.GetFiles(Path.Combine(site.SiteDirectory, ".scholarly-cache", "math")).Single());
        Assert.That(stored, Does.Not.Contain("mfrac").And.Contain("\"Key\":\"Ik\""), "inline k, and nothing of the first version");
    }

    [Test]
    public void ASiteWithoutFormulasStartsNoEngineAheadAfterItsFirstBuild()
    {
        using var site = new TestSite().Paper("plain", "title: Plain\nauthors: [A]\ndate: 2024-01-01\nabstract: No formulas, only 5 dollars.");
        Assert.That(MathCache.Open(site.SiteDirectory).StartedEngineEarly, Is.True, "a first build typesets whatever the site has");

        Assert.That(site.Build().Succeeded, Is.True);

        var stored = File.ReadAllText(Directory.GetFiles(Path.Combine(site.SiteDirectory, ".scholarly-cache", "math")).Single());
        Assert.That(stored, Does.Contain("\"Formulas\":[]"), "an empty cache is written all the same");
        Assert.That(MathCache.Open(site.SiteDirectory).StartedEngineEarly, Is.False, "the next build knows there is nothing to typeset");
        File.WriteAllText(Directory.GetFiles(Path.Combine(site.SiteDirectory, ".scholarly-cache", "math")).Single(), "{ damaged");
        Assert.That(MathCache.Open(site.SiteDirectory).StartedEngineEarly, Is.True, "a damaged cache is as good as none");
    }

    [Test]
    public void TexCannotCarryScriptLinksOrStylesIntoThePage()
    {
        using var site = new TestSite().Paper("hostile", "title: Hostile\nauthors: [A]\ndate: 2024-01-01\nabstract: |\n"
            + "  $\\href{javascript:alert(1)}{x}$ $\\text{<script>alert(1)</script>}$ $\\htmlClass{c}{x}$ $\\style{color:red}{x}$ $\\includegraphics{x.png}$");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.WarningCount, Is.EqualTo(4), "each untrusted command is refused and reported");
        var page = site.Html("papers/hostile/index.html");
        Assert.That(page.QuerySelectorAll("main script, math a, math [href], math [style], math img, math [class=c]"), Is.Empty);
        Assert.That(page.QuerySelector("math mtext")!.TextContent, Is.EqualTo("<script>alert(1)</script>"), "text in math stays text");
    }

    [Test]
    public void AFormulaInTheCvThatDoesNotParseIsAWarningAtItsEntry()
    {
        using var site = new TestSite().Write("site/cv.yml", "awards:\n  - title: Prize for $\\frac{a$ bounds\n    date: 2020\nservice:\n  - Reviewer on $\\nocommand$\n  - Chair of $k$-means\n");

        var result = site.Build();

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Diagnostics.Where(d => !d.IsError).Select(d => (d.File, d.Line)), Is.EquivalentTo(new[] { ("cv.yml", 2), ("cv.yml", 5) }));
        Assert.That(site.Html("cv/index.html").QuerySelectorAll("code.math-error"), Has.Length.EqualTo(2));
    }
}
