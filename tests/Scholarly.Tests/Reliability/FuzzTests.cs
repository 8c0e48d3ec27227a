using System.Text;
using Scholarly.Content;
using Scholarly.Diagnostics;
using Scholarly.Import;
using Scholarly.Markup;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Reliability;

/// <summary>
/// Random mutations of real inputs (the sample site's papers, the import corpus, the built-in themes' templates)
/// through each entry point a user's text reaches: every one must answer with diagnostics, never an exception or a
/// hang. The seed is fixed, so CI runs the same cases every time; SCHOLARLY_FUZZ_ITERATIONS=5000 (and
/// SCHOLARLY_FUZZ_SEED) run a longer search on demand, and a failure names the seed and case to replay.
/// </summary>
public class FuzzTests
{
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("SCHOLARLY_FUZZ_SEED"), out var seed) ? seed : 20261201;
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("SCHOLARLY_FUZZ_ITERATIONS"), out var n) ? n : 0;
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(20);

    /// <summary>What the mutations insert: the syntax of YAML, BibTeX, Markdown, TeX and Scriban, and awkward characters.</summary>
    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", ":", "- ", "\"", "'", "\\", "#", "@", "=", ",", "|", ">", "&a ", "*a", "!", "%", "$", "\n", "\t", "  ",
        "---\n", "{{", "}}", "{{ end }}", "{{ for x in site.papers }}", "\\alpha", "\\frac{", "$$", "`", "<script>", "\0", "\u0007",
        "\uFEFF", "\u2028", "é", "😀", "\r\n", "@string{a = \"x\"}", " # a", "@comment{", "and", "{\\\"u}", "~", "^", "_",
    ];

    [Test]
    public void PaperFrontMatterAndBodies() =>
        Fuzz("papers", SampleTexts("content/papers", "*.md"), 150, text =>
        {
            var bag = new DiagnosticBag();
            PaperReader.Parse(text, "fuzz.md", "papers/fuzz.md", new MarkdownRenderer(), bag);
        });

    [Test]
    public void BibtexFiles() =>
        Fuzz("bibtex", SampleTexts("tests/Scholarly.Tests/Import/Corpus/valid", "*.bib"), 150, text => BibtexImporter.Import(text, "fuzz.bib"));

    [Test]
    public void CslJsonAndAtomFiles() =>
        Fuzz("csl-json/atom", SampleTexts("tests/Scholarly.Tests/Import/Corpus/valid", "*.json").Concat(SampleTexts("tests/Scholarly.Tests/Import/Corpus/valid", "*.atom")).ToList(), 80, text =>
        {
            CslJsonImporter.Import(text, "fuzz.json");
            ArxivAtomImporter.Import(text, "fuzz.atom");
        });

    [Test]
    public void SiteConfig()
    {
        using var site = new TestSite();
        Fuzz("scholarly.yml", [File.ReadAllText(Path.Combine(RepositoryPaths.Content, "scholarly.yml")), TestSite.DefaultConfig], 120, text =>
        {
            File.WriteAllText(Path.Combine(site.SiteDirectory, "scholarly.yml"), text);
            Scholarly.Configuration.SiteConfigLoader.Load(site.SiteDirectory, new DiagnosticBag());
        });
    }

    [Test]
    public void TemplatesInAWholeBuild()
    {
        using var site = new TestSite().Paper("p", "title: P\nauthors: [Ada Lovelace, B]\ndate: 2024-01-01\ntags: [cs.LG]\nabstract: A.");
        var templates = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Themes, "scholar"), "*.html", SearchOption.AllDirectories)
            .Select(f => (Relative: Path.GetRelativePath(Path.Combine(RepositoryPaths.Themes, "scholar"), f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .ToList();
        var random = new Random(Seed);
        Fuzz("templates", [.. templates.Select(t => t.Text)], 40, text =>
        {
            // The mutated text stands in for one of the theme's templates, through the site's layouts/ folder.
            var (relative, _) = templates[random.Next(templates.Count)];
            var layouts = Path.Combine(site.SiteDirectory, "layouts");
            if (Directory.Exists(layouts))
            {
                Directory.Delete(layouts, recursive: true);
            }

            site.Write("site/layouts/" + relative.Replace("layouts/", "", StringComparison.Ordinal), text);
            site.Build();
        });
    }

    /// <summary>Runs <paramref name="entryPoint"/> on mutations of <paramref name="samples"/>; any exception or hang fails with the case to replay.</summary>
    private static void Fuzz(string name, List<string> samples, int defaultIterations, Action<string> entryPoint)
    {
        Assert.That(samples, Is.Not.Empty, name);
        // string.GetHashCode differs from run to run; a stable mix of the name keeps every run's cases the same.
        var random = new Random(Seed ^ name.Aggregate(17, (hash, c) => unchecked((hash * 31) + c)));
        var iterations = Iterations > 0 ? Iterations : defaultIterations;
        for (var i = 0; i < iterations; i++)
        {
            var input = Mutate(samples[random.Next(samples.Count)], random);
            var run = Task.Run(() => entryPoint(input));
            try
            {
                Assert.That(run.Wait(CaseTimeout), Is.True, $"{name} case {i} (seed {Seed}) did not finish in {CaseTimeout.TotalSeconds} s:\n{Preview(input)}");
            }
            catch (AggregateException e)
            {
                Assert.Fail($"{name} case {i} (seed {Seed}) threw {e.InnerException}\ninput:\n{Preview(input)}");
            }
        }
    }

    /// <summary>One to eight edits: insert a fragment, delete, duplicate or swap a span, repeat a bracket into deep nesting, truncate.</summary>
    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        var edits = 1 + random.Next(8);
        for (var e = 0; e < edits; e++)
        {
            var at = builder.Length == 0 ? 0 : random.Next(builder.Length);
            var length = Math.Min(builder.Length - at, 1 + random.Next(40));
            switch (random.Next(7))
            {
                case 0 or 1:
                    builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2:
                    builder.Remove(at, length);
                    break;
                case 3:
                    builder.Insert(at, builder.ToString(at, length));
                    break;
                case 4:
                    var other = random.Next(builder.Length);
                    var span = builder.ToString(at, length);
                    builder.Remove(at, length);
                    builder.Insert(Math.Min(other, builder.Length), span);
                    break;
                case 5:
                    var open = "{[(>-*$"[random.Next(7)];
                    builder.Insert(at, new string(open, 1 + random.Next(3000)));
                    break;
                default:
                    builder.Length = at;
                    break;
            }
        }

        return WithoutLoneSurrogates(builder.ToString());
    }

    /// <summary>A cut through an emoji leaves half of it, which no file read from disk can hold (decoding gives U+FFFD).</summary>
    private static string WithoutLoneSurrogates(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static List<string> SampleTexts(string folder, string pattern) =>
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), pattern).Order(StringComparer.Ordinal).Take(12).Select(File.ReadAllText)];

    private static string Preview(string input) => input.Length <= 2000 ? input : input[..2000] + $"… ({input.Length} characters)";
}
