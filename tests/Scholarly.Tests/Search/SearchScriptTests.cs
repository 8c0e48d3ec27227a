using System.Text.Json;
using Jint;
using Scholarly.Search;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Search;

/// <summary>
/// The theme's search.js, run in Jint without a page, against the build's side of the index: both split text into the
/// same words (or a query would miss what the index holds), read postings alike, and the script's ranking over a
/// real built index puts what a reader looks for first.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class SearchScriptTests
{
    private static readonly string Script = File.ReadAllText(Path.Combine(RepositoryPaths.Themes, "scholar", "assets", "search.js"));

    private static readonly Lazy<(TestSite Site, string Search)> Built = new(() =>
    {
        var site = SearchSite.Create();
        var result = site.Build();
        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        return (site, Path.Combine(site.OutputDirectory, "search"));
    });

    [OneTimeTearDown]
    public void RemoveTheSite()
    {
        if (Built.IsValueCreated)
        {
            Built.Value.Site.Dispose();
        }
    }

    [TestCase("Bernhard Schölkopf", "bernhard scholkopf")]
    [TestCase("SCHÖLKOPF schoelkopf", "scholkopf schoelkopf")]
    [TestCase("José Ñúñez-García", "jose nunez garcia")]
    [TestCase("Zoë Ørsted, Ana Łukasiewicz, Þór Æsir, Straße, İnan, Đorđe", "zoe orsted ana lukasiewicz thor aesir strasse inan dorde")]
    [TestCase("The ﬁrst of its kind: an 2nd-order ODE in ℝ² (cf. §3.1)", "first kind 2nd order ode r2 cf")]
    [TestCase("ΣΟΦΊΑ σοφίας", "σοφια σοφιασ")]
    [TestCase("机器学习 with 深度 models", "机 器 学 习 深 度 models")]
    [TestCase("Q-learning, x, y and z: O(n log n)", "learning log")]
    [TestCase("東京 とうきょう Москва", "東 京 と う き ょ う москва")]
    [TestCase("", "")]
    [TestCase("constructor toString __proto__ hasOwnProperty", "constructor tostring proto hasownproperty")]
    public void TheScriptAndTheBuildFindTheSameWords(string text, string expected)
    {
        var build = SearchWords.Of(text).ToList();
        var script = JsonSerializer.Deserialize<List<string>>(ScriptEngine().Evaluate($"JSON.stringify(scholarlySearch.words({JsonSerializer.Serialize(text)}))").AsString())!;

        Assert.That(build, Is.EqualTo(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries)), "the build");
        Assert.That(script, Is.EqualTo(build), "the script");
    }

    [TestCase(1)]
    [TestCase(2)]
    public void TheScriptLooksForAWordInTheFileTheBuildPutItIn(int letters)
    {
        string[] words = ["learning", "le", "l2", "l_x", "x", "2024", "σοφια", "机", "zürich", "a1b"];
        var engine = ScriptEngine();

        foreach (var word in words.SelectMany(SearchWords.Of))
        {
            var shard = SearchWords.ShardOf(word, letters);
            Assert.That(engine.Evaluate($"scholarlySearch.shardOf({JsonSerializer.Serialize(word)}, {letters})").AsString(), Is.EqualTo(shard), word);
            Assert.That(SearchWords.Shards(letters), Does.Contain(shard), word);
        }

        Assert.That(SearchWords.Shards(letters), Is.Unique);
    }

    [Test]
    public void TheScriptReadsThePostingsTheBuildWrites()
    {
        (int, SearchField)[] postings = [(0, SearchField.Title), (1, SearchField.Text | SearchField.People), (40, SearchField.Tags), (9_999, SearchField.Venue), (123_456, SearchField.Text)];
        var code = PostingCode.Encode(postings);

        var decoded = ScriptEngine().Evaluate($"JSON.stringify(scholarlySearch.decode('{code}'))").AsString();

        Assert.That(PostingCode.Decode(code), Is.EqualTo(postings));
        Assert.That(decoded, Is.EqualTo("""{"documents":[0,1,40,9999,123456],"fields":[1,18,4,8,16]}"""));
    }

    [TestCase("quasiconformal", "Kernel Methods for Structured Prediction", 1, TestName = "A word found only in an abstract")]
    [TestCase("scholkopf", "Message Passing on Sparse Graphs", 2, TestName = "An author without the accent")]
    [TestCase("Schölkopf", "Message Passing on Sparse Graphs", 2, TestName = "An author with the accent")]
    [TestCase("nunez", "Kernel Methods for Structured Prediction", 1, TestName = "An author whose name has a tilde and an acute accent")]
    [TestCase("lukasiewicz", "Message Passing on Sparse Graphs", 1, TestName = "An author with a letter that does not decompose")]
    [TestCase("generative", "Denoising Diffusion at Scale", 1, TestName = "A tag")]
    [TestCase("diffusion entropy", "Denoising Diffusion at Scale", 1, TestName = "Two words, both required")]
    [TestCase("quasiconf", "Kernel Methods for Structured Prediction", 1, TestName = "The start of a word, as it is typed")]
    [TestCase("quasiconformel", "Kernel Methods for Structured Prediction", 1, TestName = "A word with a typo")]
    [TestCase("neurips", "Denoising Diffusion at Scale", 1, TestName = "A venue")]
    [TestCase("weaving", "Engines that weave", 1, TestName = "A talk, by a word of its text")]
    [TestCase("medal", "Awarded the Society's medal", 1, TestName = "A news item")]
    public void AQueryFindsWhatItNames(string query, string first, int count)
    {
        var found = Search(query);

        Assert.That(found.GetProperty("count").GetInt32(), Is.EqualTo(count), query);
        Assert.That(found.GetProperty("results")[0].GetProperty("title").GetString(), Is.EqualTo(first), query);
    }

    [Test]
    public void ATitleWordRanksAboveTheSameWordInAnAbstract()
    {
        var titles = Search("sparse").GetProperty("results").EnumerateArray().Select(r => r.GetProperty("title").GetString()).ToList();

        Assert.That(titles, Has.Count.EqualTo(2));
        Assert.That(titles[0], Is.EqualTo("Message Passing on Sparse Graphs"), "in its title");
        Assert.That(titles[1], Is.EqualTo("Denoising Diffusion at Scale"), "in its abstract");
    }

    [Test]
    public void AWordInManyPapersGivesTheFirstTenAndCountsTheRest()
    {
        var found = Search("filler");

        Assert.That(found.GetProperty("count").GetInt32(), Is.EqualTo(SearchSite.Fillers));
        Assert.That(found.GetProperty("results").GetArrayLength(), Is.EqualTo(10));
        Assert.That(found.GetProperty("results")[0].GetProperty("url").GetString(), Is.EqualTo("papers/filler-0/"), "ties go to the newest");
    }

    [Test]
    public void AResultShowsItsTitleAuthorsAndYearAndLeadsToItsPage()
    {
        var result = Search("quasiconformal").GetProperty("results")[0];

        Assert.That(result.GetProperty("url").GetString(), Is.EqualTo("papers/kernels/"));
        Assert.That(result.GetProperty("byline").GetString(), Is.EqualTo("Bernhard Schölkopf, José Ñúñez, Zoë Ørsted"));
        Assert.That(result.GetProperty("meta").GetString(), Is.EqualTo("2001 · JMLR"));
    }

    [Test]
    public void AWordThatNamesAScriptBuiltInIsAWordLikeAnyOther()
    {
        Assert.That(Search("constructor").GetProperty("count").GetInt32(), Is.Zero, "no such word in the site, and no error");
        Assert.That(Search("co").GetProperty("count").GetInt32(), Is.GreaterThan(0));
    }

    [Test]
    public void ADeployBetweenTwoQueriesLoadsTheNewIndexAndNeverMixesTheTwo()
    {
        using var newer = SearchSite.Create().Paper("brand-new", "title: A Brand New Paper\nauthors: [Ada Lovelace]\ndate: 2026-01-01\nabstract: Quasiconformal maps, again.");
        Assert.That(newer.Build().Succeeded, Is.True);
        var engine = ScriptEngine(FilesOf(Built.Value.Search));

        Assert.That(Titles(engine, "quasiconformal"), Is.EqualTo(new[] { "Kernel Methods for Structured Prediction" }), "before the deploy");
        Deploy(engine, FilesOf(Path.Combine(newer.OutputDirectory, "search")));

        Assert.That(Titles(engine, "again"), Is.EqualTo(new[] { "A Brand New Paper" }), "a file of words of the new build: the new index is loaded and the query starts over");
        Assert.That(Titles(engine, "quasiconformal"), Is.EqualTo(new[] { "A Brand New Paper", "Kernel Methods for Structured Prediction" }), "nothing of the old build kept");
        Assert.That(Titles(engine, "scholkopf"), Is.EqualTo(new[] { "Message Passing on Sparse Graphs", "Kernel Methods for Structured Prediction" }), "every document number read in the new build's blocks");
    }

    [Test]
    public void AnIndexThatCannotBeLoadedIsTriedAgainByTheNextQuery()
    {
        var engine = ScriptEngine(new Dictionary<string, string>());
        Assert.That(() => engine.Evaluate("scholarlySearch.search('kernel')").UnwrapIfPromise(), Throws.Exception, "nothing to load");

        Deploy(engine, FilesOf(Built.Value.Search));

        Assert.That(Titles(engine, "kernel"), Has.Count.EqualTo(1), "the next query loads it");
    }

    [TestCase("the of and")]
    [TestCase("zzzzqqq")]
    [TestCase("quasiconformal zzzzqqq")]
    public void AQueryWithNoWordToFindOrNoMatchFindsNothing(string query)
    {
        Assert.That(Search(query).GetProperty("count").GetInt32(), Is.Zero);
    }

    /// <summary>The script with no page: the box is not there, so only the engine and the global the index calls are set up.</summary>
    private static Engine ScriptEngine()
    {
        var engine = new Engine();
        engine.Execute("var window = this; var document = { querySelector: function () { return null; } };");
        engine.Execute(Script);
        return engine;
    }

    /// <summary>
    /// The script over a served index: a script element it adds runs the file of that name in <c>files</c> (any query
    /// string ignored, as a static host does) or fails to load when there is none.
    /// </summary>
    private static Engine ScriptEngine(Dictionary<string, string> files)
    {
        var engine = new Engine();
        engine.Execute("""
            var window = this, files = {};
            var document = {
              querySelector: function () { return null; },
              createElement: function () { return { remove: function () {} }; },
              head: { appendChild: function (script) {
                var source = files[script.src.replace(/\?.*$/, "")];
                if (source === undefined) { script.onerror(); } else { (0, eval)(source); script.onload(); }
              } }
            };
            """);
        engine.Execute(Script);
        Deploy(engine, files);
        return engine;
    }

    private static void Deploy(Engine engine, Dictionary<string, string> files) =>
        engine.Execute($"files = {JsonSerializer.Serialize(files)};");

    private static Dictionary<string, string> FilesOf(string search) =>
        Directory.GetFiles(search, "*.js").ToDictionary(file => "search/" + Path.GetFileName(file), File.ReadAllText);

    private static List<string?> Titles(Engine engine, string query) =>
        [.. Found(engine, query).GetProperty("results").EnumerateArray().Select(r => r.GetProperty("title").GetString())];

    /// <summary>search.js's own search over the index the build wrote, its files loaded as a page would load them.</summary>
    private static JsonElement Search(string query) => Found(ScriptEngine(FilesOf(Built.Value.Search)), query);

    private static JsonElement Found(Engine engine, string query)
    {
        var found = engine.Evaluate($"scholarlySearch.search({JsonSerializer.Serialize(query)}).then(function (found) {{ return JSON.stringify(found); }})").UnwrapIfPromise();
        return JsonDocument.Parse(found.AsString()).RootElement;
    }
}
