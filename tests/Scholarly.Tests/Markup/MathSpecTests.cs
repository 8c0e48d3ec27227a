using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Scholarly.Markup;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Markup;

/// <summary>
/// Every formula of <c>MathSpec.md</c> (one per kind that arXiv abstracts use) rendered through the Markdown pipeline:
/// typeset with no error into MathML holding the elements the spec names, and read as the plain text it gives.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class MathSpecTests
{
    private static readonly MarkdownRenderer Markdown = new();

    public static IEnumerable<TestCaseData> Examples() =>
        MathSpecExample.ReadAll(Path.Combine(RepositoryPaths.Root, "tests", "Scholarly.Tests", "Markup", "MathSpec.md"))
            .Select(example => new TestCaseData(example).SetName("MathSpec: " + example.Name));

    [TestCaseSource(nameof(Examples))]
    public void TypesetsIntoMathMlWithTheElementsTheSpecNames(MathSpecExample example)
    {
        var problems = new List<MathProblem>();
        var html = Markdown.ToHtml(example.Markdown, problems.Add);
        Assert.That(problems, Is.Empty, html);

        var document = new HtmlParser().ParseDocument(html);
        var math = document.QuerySelectorAll("math");
        Assert.That(math, Is.Not.Empty, html);
        Assert.That(document.QuerySelectorAll("merror, code.math-error"), Is.Empty, html);
        foreach (var expected in example.MathMl)
        {
            Assert.That(math.Any(m => Holds(m, expected)), Is.True, $"no {expected} in {html}");
        }

        Assert.That(math.SelectMany(m => m.Descendants<IElement>()).Select(e => e.TextContent), Has.None.Contains("\\"), "a TeX command left as text");
    }

    [TestCaseSource(nameof(Examples))]
    public void ReadsAsThePlainTextTheSpecGives(MathSpecExample example)
    {
        var text = HtmlToText.Convert(Markdown.ToHtml(example.Markdown));
        Assert.That(text, Is.EqualTo(example.Text));
        Assert.That(text, Does.Not.Contain("\\").And.Not.Contain("$"));
    }

    /// <summary>"mfrac" (an element), "mi:x" (an element with that text), "math[display=block]" (a selector).</summary>
    private static bool Holds(IElement math, string expected)
    {
        if (expected.StartsWith("math[", StringComparison.Ordinal))
        {
            return math.Matches(expected);
        }

        var colon = expected.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? expected : expected[..colon];
        var text = colon < 0 ? null : expected[(colon + 1)..];
        return math.Descendants<IElement>().Any(e => e.LocalName == name && (text is null || e.TextContent.Trim() == text));
    }
}

/// <summary>One example of <c>MathSpec.md</c>: a heading (### name), the Markdown, then its <c>mathml:</c> and <c>text:</c> lines.</summary>
public sealed record MathSpecExample(string Name, string Markdown, IReadOnlyList<string> MathMl, string Text)
{
    public override string ToString() => Name;

    public static IReadOnlyList<MathSpecExample> ReadAll(string file)
    {
        var examples = new List<MathSpecExample>();
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("### ", StringComparison.Ordinal))
            {
                continue;
            }

            var name = lines[i][4..].Trim();
            var markdown = lines[i + 1];
            var mathMl = lines[i + 2].StartsWith("mathml: ", StringComparison.Ordinal) ? lines[i + 2]["mathml: ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            var text = lines[i + 3].StartsWith("text: ", StringComparison.Ordinal) ? lines[i + 3]["text: ".Length..] : throw new FormatException($"{file}:{i + 4}: expected 'text: '");
            examples.Add(new MathSpecExample(name, markdown, mathMl, text));
        }

        return examples;
    }
}
