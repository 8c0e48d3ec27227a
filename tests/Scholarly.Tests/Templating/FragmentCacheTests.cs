using Scholarly.Templating;
using Scholarly.Tests.Support;
using Scriban;

namespace Scholarly.Tests.Templating;

/// <summary>
/// A partial rendered once and reused (FragmentCache) must give every page exactly what rendering it there would:
/// page-relative links, variables it sets, the caller's loop, objects a template changes.
/// </summary>
public class FragmentCacheTests
{
    private static TestSite ThreePapers() => new TestSite()
        .Paper("a", "title: Alpha\nauthors: [A]\ndate: 2024-03-01\ntags: [x]")
        .Paper("b", "title: Beta\nauthors: [B]\ndate: 2024-02-01\ntags: [x]")
        .Paper("c", "title: Gamma\nauthors: [C]\ndate: 2024-01-01\ntags: [x]");

    private static TestSite WithLists(TestSite site, string item) => site
        .Write("site/layouts/partials/item.html", item)
        .Write("site/layouts/home.html", "<ul>{{ for paper in site.papers }}{{ include \"item\" }}{{ end }}</ul>")
        .Write("site/layouts/tag.html", "<ul>{{ for paper in tag.papers }}{{ include \"item\" }}{{ end }}</ul>");

    [Test]
    public void ReusedItemsLinkFromThePageTheyAreOn()
    {
        using var site = WithLists(ThreePapers(), "<li><a href=\"{{ relative_url paper.url }}\">{{ paper.title }}</a></li>");

        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Html("index.html").QuerySelectorAll("main li a").Select(a => a.GetAttribute("href")), Is.EqualTo(new[] { "papers/a/", "papers/b/", "papers/c/" }));
        Assert.That(site.Html("tags/x/index.html").QuerySelectorAll("main li a").Select(a => a.GetAttribute("href")), Is.EqualTo(new[] { "../../papers/a/", "../../papers/b/", "../../papers/c/" }));
    }

    [Test]
    public void APartialThatAsksWhichPageItIsOnAnswersOnEachPage()
    {
        using var site = WithLists(ThreePapers(), "<li{{ if page.is_home }} class=\"on-home\"{{ end }}>{{ paper.title }}</li>");

        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Html("index.html").QuerySelectorAll("main li.on-home"), Has.Length.EqualTo(3));
        Assert.That(site.Html("tags/x/index.html").QuerySelectorAll("main li"), Has.Length.EqualTo(3));
        Assert.That(site.Html("tags/x/index.html").QuerySelectorAll("main li.on-home"), Is.Empty);
    }

    [Test]
    public void APartialThatSetsAVariableSetsItEveryTime()
    {
        using var site = ThreePapers()
            .Write("site/layouts/partials/remember.html", "{{ seen = paper.title }}")
            .Write("site/layouts/home.html", "<ul>{{ for paper in [site.papers[0], site.papers[1], site.papers[0]] }}{{ seen = null }}{{ include \"remember\" }}<li>{{ seen }}</li>{{ end }}</ul>");

        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Html("index.html").QuerySelectorAll("main li").Select(li => li.TextContent), Is.EqualTo(new[] { "Alpha", "Beta", "Alpha" }));
    }

    [Test]
    public void APartialThatReadsTheCallersLoopCountsOnEveryPage()
    {
        using var site = WithLists(ThreePapers(), "<li>{{ for.index }} {{ paper.title }}</li>");

        Assert.That(site.Build().Succeeded, Is.True);

        foreach (var page in new[] { "index.html", "tags/x/index.html" })
        {
            Assert.That(site.Html(page).QuerySelectorAll("main li").Select(li => li.TextContent), Is.EqualTo(new[] { "0 Alpha", "1 Beta", "2 Gamma" }), page);
        }
    }

    [Test]
    public void APartialGivenAnObjectTheTemplateChangesSeesEachChange()
    {
        using var site = ThreePapers()
            .Write("site/layouts/partials/show.html", "<li>{{ box.title }}</li>")
            .Write("site/layouts/home.html", "{{ box = {} }}<ul>{{ for paper in site.papers }}{{ box.title = paper.title }}{{ include \"show\" }}{{ end }}</ul>");

        Assert.That(site.Build().Succeeded, Is.True);

        Assert.That(site.Html("index.html").QuerySelectorAll("main li").Select(li => li.TextContent), Is.EqualTo(new[] { "Alpha", "Beta", "Gamma" }));
    }

    [Test]
    public void AReusedIndentedIncludeIsLaidOutAsARenderedOne()
    {
        // Scriban indents the lines of an indented include, and the line after an include by whether its last text
        // ended a line. "block" reads the page, so it is rendered each time; "rule", the same for every caller, is
        // rendered the first time and reused the second: both blocks must come out alike.
        using var site = ThreePapers()
            .Write("site/layouts/partials/rule.html", "<s>\nconst</s>\n")
            .Write("site/layouts/partials/block.html", "<p>{{ page.title }}\n  {{ include \"rule\" }}\n  <nav>x</nav>\n</p>\n")
            .Write("site/layouts/home.html", "<section>\n{{ for n in [1, 2] }}\n  {{ include \"block\" { n: n } }}\n{{ end }}\n</section>");

        Assert.That(site.Build().Succeeded, Is.True);

        var html = site.Read("index.html");
        var list = html[html.IndexOf("<section>", StringComparison.Ordinal)..html.IndexOf("</section>", StringComparison.Ordinal)];
        var blocks = list.Split("<p>").Skip(1).Select(block => block[..(block.IndexOf("</p>", StringComparison.Ordinal) + 4)]).ToList();
        Assert.That(blocks, Has.Count.EqualTo(2));
        Assert.That(blocks[1], Is.EqualTo(blocks[0]));
        Assert.That(blocks[0], Does.Contain("const</s>\n  \n    <nav>"), "laid out as Scriban lays out a render");
    }

    [Test]
    public void TheLineStateScribanKeepsCanBeRead()
    {
        // If a Scriban update renamed the field, partials would be rendered every time: correct, but slow.
        Assert.That(LineState.Available, Is.True);
        var context = new TemplateContext();
        LineState.Set(context, true);
        Assert.That(LineState.AtLineStart(context), Is.True);
    }

    [TestCase("<a href=\"{{ relative_url paper.url }}\">{{ paper.title }}</a>{{ for a in paper.authors }}{{ if !for.first }}, {{ end }}{{ a.name }}{{ end }}", true, false, "a paper relative_url")]
    [TestCase("{{ shown = paper.title }}{{ shown }}", true, true, "paper shown")]
    [TestCase("{{ $shown = paper.title }}{{ $shown }}", true, false, "paper")]
    [TestCase("{{ for.index }}", false, false, "")]
    [TestCase("{{ if page.is_home }}home{{ end }}{{ paper.title }}", true, false, "paper")]
    [TestCase("{{ paper.seen = true }}", false, false, "paper")]
    [TestCase("{{ math.random 1 9 }}", false, false, "math")]
    [TestCase("{{ include partial_name }}", false, false, "include partial_name")]
    [TestCase("{{ func f(x) }}{{ x }}{{ end }}", false, false, "")]
    [TestCase("{{ include \"inner\" }}", true, true, "counter paper")]
    [TestCase("{{ include \"inner\" { paper: paper } }}", true, false, "counter paper")]
    [TestCase("{{ include \"missing\" }}", false, false, "")]
    public void WhatAPartialReadsIsFoundFromItsSyntax(string partial, bool reusable, bool writes, string names)
    {
        var inner = PartialReads.Of(Template.Parse("{{ counter = paper.title }}").Page!, _ => null);
        var reads = PartialReads.Of(Template.Parse(partial).Page!, name => name == "inner" ? inner : null);

        Assert.That(reads.Reusable, Is.EqualTo(reusable), "reusable");
        Assert.That(reads.Writes, Is.EqualTo(writes), "writes");
        Assert.That(reads.Names, Is.SupersetOf(names.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        Assert.That(reads.Names, Does.Not.Contain("title").And.Not.Contain("name").And.Not.Contain("page"), "member names are not reads");
    }
}
