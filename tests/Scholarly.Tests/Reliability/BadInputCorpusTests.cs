using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Reliability;

/// <summary>
/// A corpus of bad inputs, each met as a user meets it: a valid site is built through the command line, one thing is
/// broken, and the site is built again. A careful tool exits 1 with the first error naming the file (and line), keeps
/// the previous output byte for byte, leaves no staging folder, and never prints an exception; a few inputs are odd
/// but valid and build with exit 0 (and a warning where one is due).
/// </summary>
/// <remarks>
/// Inputs that may crash the process (deep nesting, stack overflows, out-of-memory) or hang it (runaway templates)
/// run the built CLI in a process of its own with a timeout, so a crash or hang fails one case instead of the test host.
/// </remarks>
public partial class BadInputCorpusTests
{
    private const string GoodPaper = "title: Good\nauthors: [A]\ndate: 2024-01-01\ntags: [x]";

    /// <summary>The front matter of a bad paper before the line under test: title (2), authors (3), date (4).</summary>
    private const string PaperHead = "title: T\nauthors: [A]\ndate: 2024-01-01";

    /// <summary>What the files outside the site hold: it must never appear in the output.</summary>
    private const string Secret = "TOP-SECRET-7f3a9c";

    private static readonly string[] ConfigLines = ["title: Test Site", "base_url: https://example.org/site/", "owner: Ada Lovelace", "build_date: 2026-06-01"];

    private static readonly TimeSpan InProcessLimit = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RunawayLimit = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan NestingLimit = TimeSpan.FromSeconds(60);

    /// <summary>Text a crash leaves: an exception's name or stack frames, or the messages of the exceptions a bug throws.</summary>
    private static readonly string[] CrashSignatures =
    [
        "Exception", "   at ", "Stack overflow", "Unhandled", "Object reference not set", "Index was outside the bounds",
        "Specified argument was out of the range", "Value cannot be null", "Insufficient memory", "Array dimensions exceeded",
    ];

    private static string CliDll => CliProcess.Dll;

    public enum Outcome
    {
        /// <summary>Exit <see cref="BadInput.ExitCode"/>; the first error names the file (and line) and says what is wrong; the output is untouched.</summary>
        Error,

        /// <summary>Valid but odd: exit 0 with a warning naming the file (and line).</summary>
        Warning,

        /// <summary>Valid: exit 0, no error.</summary>
        Clean,

        /// <summary>Either builds (exit 0) or is an error naming the file; never a crash or a hang.</summary>
        ErrorOrClean,
    }

    /// <summary>One bad input: how to break the site, what to run, and what a careful tool does.</summary>
    public sealed record BadInput(string Name, Outcome Outcome)
    {
        /// <summary>Breaks the (built) site.</summary>
        internal Action<TestSite> Apply { get; init; } = _ => { };

        /// <summary>The command line to run after <see cref="Apply"/>; null: build the site into its output.</summary>
        internal Func<TestSite, string[]>? Command { get; init; }

        /// <summary>
        /// Where the first error (or the warning) points: "papers/bad.md:3" (then ':' must follow), a folder ending in '/'
        /// (any file in it), or a regular expression starting with '^'.
        /// </summary>
        internal Func<TestSite, string>? Where { get; init; }

        /// <summary>What the message must say (case-insensitive).</summary>
        internal string? Fragment { get; init; }

        internal int ExitCode { get; init; } = 1;

        internal bool OutOfProcess { get; init; }

        internal TimeSpan Timeout { get; init; } = InProcessLimit;

        /// <summary>Out of process: the run is stopped once the temporary folder holds more than this.</summary>
        internal long? MaxBytes { get; init; }

        /// <summary>After an import: a build must then succeed (an import never writes a file the build rejects).</summary>
        internal bool BuildAfter { get; init; }

        /// <summary>The setup changes the output itself (a link put into it): compare with the output as the setup left it.</summary>
        internal bool SnapshotAfterApply { get; init; }

        /// <summary>More to check once the run is over.</summary>
        internal Action<TestSite>? Check { get; init; }

        /// <summary>Run <see cref="Check"/> before the outcome is checked: it is what matters most (nothing leaked).</summary>
        internal bool CheckFirst { get; init; }

        public override string ToString() => Name;
    }

    private sealed record Run(int ExitCode, string Out, string Error, TimeSpan Elapsed, string? Abort)
    {
        public string All => Error + "\n" + Out;

        /// <summary>What a failed assertion shows: how it ended and the first lines it printed.</summary>
        public override string ToString()
        {
            var lines = All.Split('\n').Where(l => l.Trim().Length > 0).Take(12).Select(l => l.Length > 300 ? l[..300] + "…" : l);
            return $"exit {ExitCode} after {Elapsed.TotalSeconds:0.0} s{(Abort is null ? "" : "; " + Abort)}\n" + string.Join("\n", lines);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // The tests
    // ------------------------------------------------------------------------------------------------------------

    [TestCaseSource(nameof(MalformedYaml))]
    [TestCaseSource(nameof(ConfigValues))]
    [TestCaseSource(nameof(PathsAndLinks))]
    [TestCaseSource(nameof(Symlinks))]
    [TestCaseSource(nameof(Templates))]
    [TestCaseSource(nameof(BibtexImport))]
    [TestCaseSource(nameof(Scale))]
    [TestCaseSource(nameof(CommandLine))]
    public void BadInputIsReported(BadInput input) => Verify(input);

    [TestCaseSource(nameof(DeepNesting))]
    [TestCaseSource(nameof(RunawayTemplates))]
    [TestCaseSource(nameof(RunawayBibtex))]
    [TestCaseSource(nameof(ScaleOutOfProcess))]
    [TestCaseSource(nameof(ServePorts))]
    [Parallelizable(ParallelScope.Children)]
    public void BadInputIsReportedOutOfProcess(BadInput input)
    {
        Assert.That(input.OutOfProcess, Is.True, "cases of these sources may crash or hang the process that runs them");
        Verify(input);
    }

    [Test]
    public void TheCorpusHasAtLeast220NamedCases()
    {
        var all = new[] { MalformedYaml(), ConfigValues(), PathsAndLinks(), Symlinks(), Templates(), BibtexImport(), Scale(), CommandLine(), DeepNesting(), RunawayTemplates(), RunawayBibtex(), ScaleOutOfProcess(), ServePorts() }
            .SelectMany(s => s).Select(c => c.TestName).ToList();
        Assert.That(all, Has.Count.GreaterThanOrEqualTo(220));
        Assert.That(all, Is.Unique);
    }

    private static void Verify(BadInput input)
    {
        using var site = new TestSite().Paper("good", GoodPaper);
        var first = CliRun.Of(BuildArgs(site));
        Assert.That(first.ExitCode, Is.EqualTo(0), "the valid site builds: " + first.Error);
        var before = OutputSnapshot.Take(site.OutputDirectory);

        input.Apply(site);
        if (input.SnapshotAfterApply)
        {
            before = OutputSnapshot.Take(site.OutputDirectory);
        }

        var args = input.Command?.Invoke(site) ?? BuildArgs(site);
        var run = Execute(args, input, site);

        Assert.That(run.Abort, Is.Null, run.ToString());
        Assert.That(CrashSignatures.FirstOrDefault(s => run.All.Contains(s, StringComparison.Ordinal)), Is.Null, "no crash or exception text: " + run);
        if (input.CheckFirst)
        {
            input.Check?.Invoke(site);
        }

        var errors = Lines(run.Error, ": error: ");
        var where = input.Where?.Invoke(site);
        switch (input.Outcome)
        {
            case Outcome.Error:
                Assert.That(run.ExitCode, Is.EqualTo(input.ExitCode), run.ToString());
                if (input.ExitCode == 2)
                {
                    Assert.That(run.Error, Does.Contain(input.Fragment ?? "error").IgnoreCase, run.ToString());
                }
                else
                {
                    var line = errors.FirstOrDefault() ?? "";
                    if (where is not null)
                    {
                        Assert.That(At(line, where), Is.True, $"the first error points at {where}: {run}");
                    }

                    Assert.That(where is null ? run.Error : line, Does.Contain(input.Fragment ?? ": error: ").IgnoreCase, run.ToString());
                }

                Assert.That(Directory.Exists(site.OutputDirectory), Is.True, "the previous output is still there");
                Assert.That(OutputSnapshot.Take(site.OutputDirectory), Is.EqualTo(before), "the previous output is byte-identical: " + run);
                break;
            case Outcome.Warning:
                Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
                Assert.That(errors, Is.Empty, run.ToString());
                var warnings = Lines(run.Error, ": warning: ");
                Assert.That(warnings.Any(w => (where is null || At(w, where)) && w.Contains(input.Fragment ?? "", StringComparison.OrdinalIgnoreCase)), Is.True,
                    $"a warning at {where} says '{input.Fragment}': {run}");
                break;
            case Outcome.Clean:
                Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
                Assert.That(errors, Is.Empty, run.ToString());
                break;
            case Outcome.ErrorOrClean:
                Assert.That(run.ExitCode, Is.AnyOf(0, 1), run.ToString());
                if (run.ExitCode == 1)
                {
                    Assert.That(where is not null && At(errors.FirstOrDefault() ?? "", where), Is.True, $"an error points at {where}: {run}");
                    Assert.That(OutputSnapshot.Take(site.OutputDirectory), Is.EqualTo(before), "the previous output is byte-identical: " + run);
                }

                break;
        }

        Assert.That(Leftovers(site), Is.Empty, "no staging folder is left behind");
        if (!input.CheckFirst)
        {
            input.Check?.Invoke(site);
        }

        if (input.BuildAfter)
        {
            var build = input.OutOfProcess ? OutOfProcess(BuildArgs(site), input.Timeout, site, null) : InProcess(BuildArgs(site), InProcessLimit);
            Assert.That(build.Abort, Is.Null, "the build after the import: " + build);
            Assert.That(CrashSignatures.FirstOrDefault(s => build.All.Contains(s, StringComparison.Ordinal)), Is.Null, "the build after the import: " + build);
            Assert.That(build.ExitCode, Is.EqualTo(0), "the import wrote nothing the build rejects: " + build);
        }
    }

    private static string[] BuildArgs(TestSite site) => ["build", "--source", site.SiteDirectory, "--output", site.OutputDirectory];

    private static Run Execute(string[] args, BadInput input, TestSite site) =>
        input.OutOfProcess ? OutOfProcess(args, input.Timeout, site, input.MaxBytes) : InProcess(args, input.Timeout);

    /// <summary>The CLI in this process, on a task: a hang fails the case (the thread is left behind; hang-prone cases run out of process).</summary>
    private static Run InProcess(string[] args, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var task = Task.Run(() => CliRun.Of(args));
        try
        {
            if (!task.Wait(timeout))
            {
                return new Run(-1, "", "", clock.Elapsed, $"did not finish within {timeout.TotalSeconds:0} s");
            }
        }
        catch (AggregateException e)
        {
            return new Run(-1, "", "", clock.Elapsed, "threw " + e.InnerException);
        }

        return new Run(task.Result.ExitCode, task.Result.Out, task.Result.Error, clock.Elapsed, null);
    }

    /// <summary>The built CLI (dotnet Scholarly.Cli.dll) in a process of its own, killed after <paramref name="timeout"/>.</summary>
    private static Run OutOfProcess(string[] args, TimeSpan timeout, TestSite site, long? maxBytes)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = site.Root,
        };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A runaway input must fail on its own, not take the machine's memory with it.
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x80000000";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        string? abort = null;
        var nextSizeCheck = TimeSpan.FromSeconds(2);
        while (!process.WaitForExit(250))
        {
            if (clock.Elapsed > timeout)
            {
                abort = $"did not finish within {timeout.TotalSeconds:0} s (killed)";
            }
            else if (maxBytes is { } max && clock.Elapsed > nextSizeCheck)
            {
                nextSizeCheck = clock.Elapsed + TimeSpan.FromSeconds(2);
                var size = SizeOf(site.Root);
                if (size > max)
                {
                    abort = $"wrote {size / (1 << 20)} MB, more than {max / (1 << 20)} MB (killed)";
                }
            }

            if (abort is not null)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                break;
            }
        }

        process.WaitForExit();
        var elapsed = clock.Elapsed;
        return new Run(abort is null ? process.ExitCode : -1, output.Result, error.Result, elapsed, abort);
    }

    private static List<string> Lines(string text, string marker) =>
        [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains(marker, StringComparison.Ordinal))];

    /// <summary>Whether a diagnostic line points at <paramref name="where"/> (see <see cref="BadInput.Where"/>).</summary>
    private static bool At(string line, string where) =>
        where.StartsWith('^') ? Regex.IsMatch(line, where)
        : where.EndsWith('/') ? line.StartsWith(where, StringComparison.Ordinal)
        : line.StartsWith(where + ":", StringComparison.Ordinal) || line.StartsWith(where + "/:", StringComparison.Ordinal);

    /// <summary>
    /// Staging, retired and journal folders of a build (".out.staging-123") left in the temporary folder or the site.
    /// The second tree of the output (".out.swap", the previous output kept for the next build) is not one.
    /// </summary>
    private static List<string> Leftovers(TestSite site) =>
        [.. new[] { site.Root, site.SiteDirectory }.Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFileSystemEntries(d))
            .Select(p => Path.GetFileName(p))
            .Where(n => (n.StartsWith(".out.", StringComparison.Ordinal) || StagingName().IsMatch(n)) && n != ".out.swap")];

    [GeneratedRegex(@"^\..+\.(staging|old|commit)-\d+$")]
    private static partial Regex StagingName();

    private static long SizeOf(string folder)
    {
        long total = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        try
        {
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", options))
            {
                try
                {
                    total += file.Length;
                }
                catch (IOException)
                {
                    // Renamed or removed while counting.
                }
            }
        }
        catch (DirectoryNotFoundException)
        {
            // Moved while counting.
        }

        return total;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Building blocks
    // ------------------------------------------------------------------------------------------------------------

    private static BadInput Error(string name, Action<TestSite> apply, string where, string fragment) =>
        new(name, Outcome.Error) { Apply = apply, Where = _ => where, Fragment = fragment };

    private static BadInput Warning(string name, Action<TestSite> apply, string where, string fragment) =>
        new(name, Outcome.Warning) { Apply = apply, Where = _ => where, Fragment = fragment };

    private static BadInput Clean(string name, Action<TestSite> apply, Action<TestSite>? check = null) =>
        new(name, Outcome.Clean) { Apply = apply, Check = check };

    private static IEnumerable<TestCaseData> Named(IEnumerable<BadInput> cases) =>
        cases.Select(c => new TestCaseData(c).SetName(c.Name));

    private static Action<TestSite> WriteSite(string relative, string text) => s => s.Write("site/" + relative, text);

    private static Action<TestSite> WriteBytes(string relative, byte[] bytes) => s =>
    {
        var path = Path.Combine(s.SiteDirectory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Bytes(params object[] parts) =>
        [.. parts.SelectMany(p => p switch { string s => Utf8(s), byte[] b => b, byte b => [b], _ => throw new ArgumentException("text or bytes", nameof(parts)) })];

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>papers/bad.md with this front matter (its first line is line 2 of the file).</summary>
    private static Action<TestSite> BadPaper(string frontMatter, string body = "") => WriteSite("papers/bad.md", "---\n" + frontMatter + "\n---\n" + body);

    private static BadInput PaperError(string name, string frontMatter, int line, string fragment) =>
        Error("Yaml_Paper_" + name, BadPaper(frontMatter), "papers/bad.md:" + line, fragment);

    /// <summary>profile.md with this front matter (its first line is line 2 of the file).</summary>
    private static Action<TestSite> BadProfile(string frontMatter, string body = "A biography.") => WriteSite("profile.md", "---\n" + frontMatter + "\n---\n" + body);

    private static BadInput ProfileError(string name, string frontMatter, int line, string fragment) =>
        Error("Yaml_Profile_" + name, BadProfile(frontMatter), "profile.md:" + line, fragment);

    private static string Config(params (int Line, string Text)[] replaced)
    {
        var lines = ConfigLines.ToList();
        foreach (var (line, text) in replaced)
        {
            lines[line - 1] = text;
        }

        return string.Join("\n", lines) + "\n";
    }

    /// <summary>scholarly.yml: the default config with <paramref name="added"/> from line 5 on.</summary>
    private static Action<TestSite> ConfigAdding(string added) => WriteSite("scholarly.yml", Config() + added + "\n");

    private static Action<TestSite> ConfigReplacing(int line, string text) => WriteSite("scholarly.yml", Config((line, text)));

    private static string Quoted(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static Action<TestSite> Then(params Action<TestSite>[] steps) => s =>
    {
        foreach (var step in steps)
        {
            step(s);
        }
    };

    private static void AssertPage(TestSite site, string page, string text) =>
        Assert.That(site.Exists(page) ? site.Read(page) : "(no " + page + ")", Does.Contain(text), page);

    // ------------------------------------------------------------------------------------------------------------
    // Malformed YAML: papers, profile.md, scholarly.yml
    // ------------------------------------------------------------------------------------------------------------

    private static IEnumerable<TestCaseData> MalformedYaml() => Named(MalformedYamlCases());

    private static IEnumerable<BadInput> MalformedYamlCases()
    {
        // Syntax
        yield return PaperError("UnclosedBracketInTitle", "title: [unclosed\nauthors: [A]\ndate: 2024-01-01", 2, "invalid YAML");
        yield return PaperError("UnclosedBracketInAuthors", "title: T\nauthors: [A, B\ndate: 2024-01-01", 3, "invalid YAML");
        yield return PaperError("UnclosedBraceInLinks", PaperHead + "\nlinks: {pdf: a.pdf", 5, "invalid YAML");
        yield return PaperError("UnclosedDoubleQuote", "title: \"abc\nauthors: [A]\ndate: 2024-01-01", 2, "invalid YAML");
        yield return PaperError("UnclosedSingleQuote", "title: 'abc\nauthors: [A]\ndate: 2024-01-01", 2, "invalid YAML");
        yield return PaperError("UnclosedQuoteInList", "title: T\nauthors: [\"A, B]\ndate: 2024-01-01", 3, "invalid YAML");
        yield return PaperError("TabIndentedList", "title: T\nauthors:\n\t- A\ndate: 2024-01-01", 4, "tab");
        yield return PaperError("TabIndentedLinks", PaperHead + "\nlinks:\n\tpdf: a.pdf", 6, "tab");
        yield return PaperError("DuplicateTitle", "title: T\nauthors: [A]\ntitle: U\ndate: 2024-01-01", 4, "duplicate key");
        yield return PaperError("DuplicateLinkKind", PaperHead + "\nlinks:\n  pdf: a.pdf\n  pdf: b.pdf", 7, "duplicate key");
        yield return PaperError("UndefinedAlias", "title: *nowhere\nauthors: [A]\ndate: 2024-01-01", 2, "nowhere");
        yield return PaperError("UnknownTexEscape", "title: \"The \\mathbb{R} line\"\nauthors: [A]\ndate: 2024-01-01", 2, "escape");
        yield return Warning("Yaml_Paper_BellEscape", BadPaper("title: \"Greek \\alpha\"\nauthors: [A]\ndate: 2024-01-01"), "papers/bad.md:2", "bell");
        yield return Warning("Yaml_Paper_UnknownKey", BadPaper(PaperHead + "\nvenu: NeurIPS"), "papers/bad.md:5", "unknown key 'venu'");

        // Wrong types
        yield return PaperError("TitleIsAList", "title: [a, b]\nauthors: [A]\ndate: 2024-01-01", 2, "'title' must be a single value");
        yield return PaperError("TitleIsAMapping", "title: {a: b}\nauthors: [A]\ndate: 2024-01-01", 2, "'title' must be a single value");
        yield return Clean("Yaml_Paper_TitleIsANumberKeptAsWritten", BadPaper("title: 42\nauthors: [A]\ndate: 2024-01-01"), s => AssertPage(s, "papers/bad/index.html", "paper-title\">42<"));
        yield return Clean("Yaml_Paper_TitleLikeADecimalKeptAsWritten", BadPaper("title: 3.10\nauthors: [A]\ndate: 2024-01-01"), s => AssertPage(s, "papers/bad/index.html", "paper-title\">3.10<"));
        yield return PaperError("AuthorsIsAMapping", "title: T\nauthors: {name: A}\ndate: 2024-01-01", 3, "'authors'");
        yield return Error("Yaml_Paper_AuthorItemIsAMappingWithoutAName", BadPaper("title: T\nauthors:\n  - given: A\ndate: 2024-01-01"), @"^papers/bad\.md:[34]:", "'name' is required");
        yield return Error("Yaml_Paper_AuthorItemIsANestedList", BadPaper("title: T\nauthors:\n  - [A, B]\ndate: 2024-01-01"), @"^papers/bad\.md:[34]:", "each item of 'authors' must be a name or a mapping");
        yield return PaperError("AuthorItemIsAList", "title: T\nauthors: [[A, B]]\ndate: 2024-01-01", 3, "'authors'");
        yield return PaperError("DateIsAList", "title: T\nauthors: [A]\ndate: [2024-01-01]", 4, "'date' must be a single value");
        yield return PaperError("TagsIsAMapping", PaperHead + "\ntags: {a: b}", 5, "'tags' must be a list");
        yield return PaperError("LinksIsAList", PaperHead + "\nlinks: [a.pdf]", 5, "'links' must be a mapping");
        yield return PaperError("LinkIsAList", PaperHead + "\nlinks:\n  pdf: [a.pdf, b.pdf]", 6, "'pdf' must be a single value");
        yield return PaperError("CitationsIsText", PaperHead + "\ncitations: many", 5, "'citations' must be a whole number");
        yield return PaperError("CitationsIsNegative", PaperHead + "\ncitations: -5", 5, "at least 0");
        yield return PaperError("CitationsIsFractional", PaperHead + "\ncitations: 4.5", 5, "'citations' must be a whole number");
        yield return PaperError("FeaturedIsNotABool", PaperHead + "\nfeatured: maybe", 5, "'featured' must be true or false");
        yield return PaperError("DraftIsAList", PaperHead + "\ndraft: [true]", 5, "'draft' must be a single value");
        yield return PaperError("AbstractIsAMapping", PaperHead + "\nabstract: {a: b}", 5, "'abstract' must be a single value");
        yield return PaperError("VenueIsAList", PaperHead + "\nvenue: [NeurIPS, ICML]", 5, "'venue' must be a single value");
        yield return PaperError("SlugIsOnlyPunctuation", PaperHead + "\nslug: '!!!'", 5, "'slug' must contain letters or digits");

        // Dates
        foreach (var (name, date) in new[]
        {
            ("Month13", "2024-13-01"), ("February30", "2024-02-30"), ("Yesterday", "yesterday"), ("February29InACommonYear", "2023-02-29"),
            ("SingleDigitParts", "2024-1-1"), ("YearZero", "0000-01-01"), ("YearMonth13", "2024-13"), ("YearZeroAlone", "0000"),
            ("HourTwentyFive", "2024-02-20T25:00:00"), ("FiveDigitYear", "20245-01-01"), ("Slashes", "2024/01/01"),
        })
        {
            yield return PaperError("Date" + name, $"title: T\nauthors: [A]\ndate: {date}", 4, "'date' is not a date");
        }

        // Empty required fields
        yield return PaperError("TitleEmpty", "title: \"\"\nauthors: [A]\ndate: 2024-01-01", 2, "'title' must not be empty");
        yield return PaperError("TitleBlank", "title: \"   \"\nauthors: [A]\ndate: 2024-01-01", 2, "'title' must not be empty");
        yield return PaperError("TitleNull", "title:\nauthors: [A]\ndate: 2024-01-01", 2, "'title' is required");
        yield return PaperError("AuthorsEmptyList", "title: T\nauthors: []\ndate: 2024-01-01", 3, "'authors' is required");
        yield return PaperError("AuthorsOnlyBlank", "title: T\nauthors: [\"\", \" \"]\ndate: 2024-01-01", 3, "'authors' is required");
        yield return PaperError("AuthorsOnlyEtAl", "title: T\nauthors: [et al.]\ndate: 2024-01-01", 3, "'authors' is required");
        yield return PaperError("DateEmpty", "title: T\nauthors: [A]\ndate: \"\"", 4, "'date' must not be empty");
        yield return PaperError("DateNull", "title: T\nauthors: [A]\ndate: ~", 4, "'date' is required");

        // Encodings: a BOM and Windows line endings are fine; bytes that are not UTF-8 and NUL are not.
        yield return Clean("Yaml_Paper_Bom", WriteBytes("papers/bad.md", Bytes(Bom, "---\n" + PaperHead + "\n---\nNotes.\n")), s => AssertPage(s, "papers/bad/index.html", "paper-title\">T<"));
        yield return Clean("Yaml_Paper_Crlf", WriteBytes("papers/bad.md", Utf8("---\r\n" + PaperHead.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n---\r\nNotes.\r\n")), s => AssertPage(s, "papers/bad/index.html", "paper-title\">T<"));
        yield return Clean("Yaml_Paper_BomAndCrlf", WriteBytes("papers/bad.md", Bytes(Bom, "---\r\n" + PaperHead.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n---\r\n")), s => AssertPage(s, "papers/bad/index.html", "paper-title\">T<"));
        yield return Clean("Yaml_Paper_OldMacLineEnds", WriteBytes("papers/bad.md", Utf8("---\r" + PaperHead.Replace("\n", "\r", StringComparison.Ordinal) + "\r---\r")), s => AssertPage(s, "papers/bad/index.html", "paper-title\">T<"));
        yield return Error("Yaml_Paper_InvalidUtf8InTitle", WriteBytes("papers/bad.md", Bytes("---\ntitle: Caf", (byte)0xC3, (byte)0x28, "\nauthors: [A]\ndate: 2024-01-01\n---\n")), "papers/bad.md:2", "UTF-8");
        yield return Error("Yaml_Paper_Latin1Author", WriteBytes("papers/bad.md", Bytes("---\ntitle: T\nauthors: [M", (byte)0xFC, "ller]\ndate: 2024-01-01\n---\n")), "papers/bad.md:3", "UTF-8");
        yield return Error("Yaml_Paper_InvalidUtf8InBody", WriteBytes("papers/bad.md", Bytes("---\n" + PaperHead + "\n---\nNotes ", (byte)0xFF, (byte)0xFE, "\n")), "papers/bad.md:6", "UTF-8");
        yield return Error("Yaml_Paper_NulInTitle", WriteBytes("papers/bad.md", Utf8("---\ntitle: a\0b\nauthors: [A]\ndate: 2024-01-01\n---\n")), "papers/bad.md:2", "NUL");
        yield return Error("Yaml_Paper_NulInBody", WriteBytes("papers/bad.md", Utf8("---\n" + PaperHead + "\n---\nNotes \0 here\n")), "papers/bad.md:6", "NUL");

        // Structure
        yield return Error("Yaml_Paper_FrontMatterNotClosed", WriteSite("papers/bad.md", "---\n" + PaperHead + "\n"), "papers/bad.md:1", "front matter is not closed");
        yield return Error("Yaml_Paper_OnlyAFence", WriteSite("papers/bad.md", "---"), "papers/bad.md:1", "front matter is not closed");
        yield return Error("Yaml_Paper_OnlyAFenceLine", WriteSite("papers/bad.md", "---\n"), "papers/bad.md:1", "front matter is not closed");
        yield return Error("Yaml_Paper_EmptyFile", WriteSite("papers/bad.md", ""), "papers/bad.md:1", "expected front matter");
        yield return Error("Yaml_Paper_FourDashes", WriteSite("papers/bad.md", "----\n" + PaperHead + "\n----\n"), "papers/bad.md:1", "expected front matter");
        yield return Error("Yaml_Paper_EmptyFrontMatter", WriteSite("papers/bad.md", "---\n---\n"), "papers/bad.md", "is required");
        yield return PaperError("RootIsAList", "- a\n- b", 2, "expected a mapping");
        yield return PaperError("RootIsAScalar", "just some words", 2, "expected a mapping");

        // profile.md
        yield return ProfileError("UnclosedBracket", "name: [Ada\naffiliation: X", 2, "invalid YAML");
        yield return ProfileError("UnclosedQuote", "name: \"Ada\naffiliation: X", 2, "invalid YAML");
        yield return ProfileError("TabIndentation", "name: Ada\nlinks:\n\t- label: CV\n\t  url: cv.pdf", 4, "tab");
        yield return ProfileError("DuplicateName", "name: Ada\nname: Bob", 3, "duplicate key");
        yield return ProfileError("NameIsAList", "name: [Ada, Bob]", 2, "'name' must be a single value");
        yield return ProfileError("NameIsAMapping", "name: {first: Ada}", 2, "'name' must be a single value");
        yield return ProfileError("LinksIsAMapping", "name: Ada\nlinks: {cv: cv.pdf}", 3, "'links' must be a list");
        yield return ProfileError("LinkItemIsText", "name: Ada\nlinks: [cv.pdf]", 3, "each item of 'links' must be a mapping");
        yield return ProfileError("LinkWithoutUrl", "name: Ada\nlinks:\n  - label: CV", 4, "'url' is required");
        yield return ProfileError("MetricsIsAMapping", "name: Ada\nmetrics: {h-index: 3}", 3, "'metrics' must be a list");
        yield return ProfileError("MetricValueIsAList", "name: Ada\nmetrics:\n  - label: h-index\n    value: [3]", 5, "'value' must be a single value");
        yield return ProfileError("EmailIsAList", "name: Ada\nemail: [a@example.org]", 3, "'email' must be a single value");
        yield return ProfileError("PhotoIsAMapping", "name: Ada\nphoto: {src: me.jpg}", 3, "'photo' must be a single value");
        yield return ProfileError("NameEmpty", "name: \"\"\naffiliation: X", 2, "'name' must not be empty");
        yield return Error("Yaml_Profile_NameMissing", BadProfile("affiliation: X"), "profile.md", "'name' is required");
        yield return Error("Yaml_Profile_NotClosed", WriteSite("profile.md", "---\nname: Ada\n"), "profile.md:1", "front matter is not closed");
        yield return Error("Yaml_Profile_OnlyAFence", WriteSite("profile.md", "---"), "profile.md:1", "front matter is not closed");
        yield return Error("Yaml_Profile_NoFrontMatter", WriteSite("profile.md", "Just a biography.\n"), "profile.md:1", "expected front matter");
        yield return Error("Yaml_Profile_InvalidUtf8", WriteBytes("profile.md", Bytes("---\nname: Ad", (byte)0xE9, "\n---\n")), "profile.md:2", "UTF-8");
        yield return Error("Yaml_Profile_Nul", WriteBytes("profile.md", Utf8("---\nname: Ada\0\n---\n")), "profile.md:2", "NUL");
        yield return Clean("Yaml_Profile_Bom", WriteBytes("profile.md", Bytes(Bom, "---\nname: Ada Bom\n---\nBio.\n")), s => AssertPage(s, "index.html", "Ada Bom"));
        yield return Clean("Yaml_Profile_Crlf", WriteBytes("profile.md", Utf8("---\r\nname: Ada Crlf\r\n---\r\nBio.\r\n")), s => AssertPage(s, "index.html", "Ada Crlf"));
        yield return Clean("Yaml_Profile_BomAndCrlf", WriteBytes("profile.md", Bytes(Bom, "---\r\nname: Ada Both\r\n---\r\nBio.\r\n")), s => AssertPage(s, "index.html", "Ada Both"));

        // scholarly.yml
        yield return Error("Yaml_Config_UnclosedBracket", WriteSite("scholarly.yml", Config((1, "title: [Test"))), "scholarly.yml:1", "invalid YAML");
        yield return Error("Yaml_Config_UnclosedQuote", WriteSite("scholarly.yml", Config((1, "title: \"Test"))), "scholarly.yml:1", "invalid YAML");
        yield return Error("Yaml_Config_TabIndentation", ConfigAdding("feed:\n\tlimit: 3"), "scholarly.yml:6", "tab");
        yield return Error("Yaml_Config_DuplicateKey", ConfigAdding("title: Again"), "scholarly.yml:5", "duplicate key");
        yield return Error("Yaml_Config_TitleIsAList", ConfigReplacing(1, "title: [a, b]"), "scholarly.yml:1", "'title' must be a single value");
        yield return Error("Yaml_Config_TitleIsAMapping", ConfigReplacing(1, "title: {a: b}"), "scholarly.yml:1", "'title' must be a single value");
        yield return Error("Yaml_Config_TitleEmpty", ConfigReplacing(1, "title: \"\""), "scholarly.yml:1", "'title' must not be empty");
        yield return Error("Yaml_Config_TitleMissing", ConfigReplacing(1, "description: no title"), "scholarly.yml", "'title' is required");
        yield return Error("Yaml_Config_BaseUrlMissing", ConfigReplacing(2, "description: no address"), "scholarly.yml", "'base_url' is required");
        yield return Error("Yaml_Config_RootIsAList", WriteSite("scholarly.yml", "- title\n- base_url\n"), "scholarly.yml:1", "expected a mapping");
        yield return Error("Yaml_Config_Empty", WriteSite("scholarly.yml", ""), "scholarly.yml", "is required");
        yield return Error("Yaml_Config_OnlyAFence", WriteSite("scholarly.yml", "---"), "scholarly.yml", "is required");
        yield return Error("Yaml_Config_InvalidUtf8", WriteBytes("scholarly.yml", Bytes("title: Caf", (byte)0xC3, (byte)0x28, "\n", string.Join("\n", ConfigLines.Skip(1)), "\n")), "scholarly.yml:1", "UTF-8");
        yield return Error("Yaml_Config_Nul", WriteBytes("scholarly.yml", Utf8("title: Test\0Site\n" + string.Join("\n", ConfigLines.Skip(1)) + "\n")), "scholarly.yml:1", "NUL");
        yield return Clean("Yaml_Config_Bom", WriteBytes("scholarly.yml", Bytes(Bom, Config((1, "title: Bom Site")))), s => AssertPage(s, "index.html", "Bom Site"));
        yield return Clean("Yaml_Config_Crlf", WriteBytes("scholarly.yml", Utf8(Config((1, "title: Crlf Site")).Replace("\n", "\r\n", StringComparison.Ordinal))), s => AssertPage(s, "index.html", "Crlf Site"));
        yield return Warning("Yaml_Config_UnknownKey", ConfigAdding("thme: minimal"), "scholarly.yml:5", "unknown key 'thme'");
    }

    // ------------------------------------------------------------------------------------------------------------
    // Config values
    // ------------------------------------------------------------------------------------------------------------

    private static IEnumerable<TestCaseData> ConfigValues() => Named(ConfigValueCases());

    private static IEnumerable<BadInput> ConfigValueCases()
    {
        foreach (var (name, url) in new[]
        {
            ("NoScheme", "example.org/site/"), ("Ftp", "ftp://example.org/site/"), ("PathStartingWithDoubleSlash", "https://example.org//evil.example/x/"),
            ("Backslashes", "'https://example.org\\site\\'"), ("BackslashesForSlashes", "'https:\\\\evil.example\\'"),
            ("Credentials", "https://user:pw@example.org/site/"), ("UserName", "https://user@example.org/site/"), ("NoHost", "https:///site/"),
            ("Query", "https://example.org/site/?x=1"), ("Fragment", "https://example.org/site/#top"), ("Javascript", "'javascript:alert(1)//'"),
            ("Space", "'https://exa mple.org/'"), ("RootRelative", "/site/"), ("File", "file:///var/www/"), ("PortOutOfRange", "https://example.org:99999/"),
        })
        {
            yield return Error("Config_BaseUrl" + name, ConfigReplacing(2, "base_url: " + url), "scholarly.yml:2", "'base_url'");
        }

        yield return Error("Config_BaseUrlEmpty", ConfigReplacing(2, "base_url: \"\""), "scholarly.yml:2", "'base_url' must not be empty");
        yield return Error("Config_BaseUrlNull", ConfigReplacing(2, "base_url:"), "scholarly.yml:2", "'base_url' is required");
        yield return Error("Config_BaseUrlIsAList", ConfigReplacing(2, "base_url: [https://example.org/]"), "scholarly.yml:2", "'base_url' must be a single value");

        foreach (var (name, language) in new[] { ("Underscore", "en_US"), ("Markup", "'\"><script>'"), ("Number", "42"), ("TooLong", "abcdefghij"), ("Spaces", "'en GB'") })
        {
            yield return Error("Config_Language" + name, ConfigAdding("language: " + language), "scholarly.yml:5", "'language'");
        }

        yield return Error("Config_LanguageIsAList", ConfigAdding("language: [en, de]"), "scholarly.yml:5", "'language' must be a single value");
        yield return Error("Config_ThemeUnknown", ConfigAdding("theme: no-such-theme"), "scholarly.yml:5", "unknown theme 'no-such-theme'");
        yield return Error("Config_ThemeClimbsOut", ConfigAdding("theme: ../scholar"), "scholarly.yml:5", "unknown theme '../scholar'");
        yield return Error("Config_ThemeAbsolute", ConfigAdding("theme: /etc"), "scholarly.yml:5", "unknown theme '/etc'");
        yield return Error("Config_ThemeIsAList", ConfigAdding("theme: [scholar]"), "scholarly.yml:5", "'theme' must be a single value");
        yield return Error("Config_FeedLimitNegative", ConfigAdding("feed:\n  limit: -1"), "scholarly.yml:6", "'limit' must be a whole number of at least 0");
        yield return Error("Config_FeedLimitText", ConfigAdding("feed:\n  limit: ten"), "scholarly.yml:6", "'limit' must be a whole number");
        yield return Error("Config_FeedLimitFraction", ConfigAdding("feed:\n  limit: 2.5"), "scholarly.yml:6", "'limit' must be a whole number");
        yield return Error("Config_FeedLimitHuge", ConfigAdding("feed:\n  limit: 99999999999"), "scholarly.yml:6", "'limit' must be a whole number");
        yield return Error("Config_FeedIsANumber", ConfigAdding("feed: 10"), "scholarly.yml:5", "'feed' must be a mapping");
        yield return Error("Config_RelativeLinksMaybe", ConfigAdding("relative_links: maybe"), "scholarly.yml:5", "'relative_links' must be true or false");
        yield return Error("Config_RelativeLinksNumber", ConfigAdding("relative_links: 2"), "scholarly.yml:5", "'relative_links' must be true or false");
        yield return Error("Config_RelativeLinksIsAList", ConfigAdding("relative_links: [true]"), "scholarly.yml:5", "'relative_links' must be a single value");
        yield return Warning("Config_DisableKindsUnknownItem", ConfigAdding("disable_kinds: [404, rss]"), "scholarly.yml:5", "unknown kind 'rss'");
        yield return Error("Config_DisableKindsIsAMapping", ConfigAdding("disable_kinds: {404: true}"), "scholarly.yml:5", "'disable_kinds' must be a list");
        yield return Error("Config_DisableKindsNestedList", ConfigAdding("disable_kinds: [[404]]"), "scholarly.yml:5", "each item of 'disable_kinds' must be a single value");
        yield return Error("Config_CoauthorsIsAList", ConfigAdding("coauthors: [Bob]"), "scholarly.yml:5", "'coauthors' must be a mapping");
        yield return Error("Config_CoauthorsIsText", ConfigAdding("coauthors: Bob"), "scholarly.yml:5", "'coauthors' must be a mapping");
        foreach (var (name, url) in new[] { ("Javascript", "'javascript:alert(1)'"), ("Relative", "../bob/"), ("ProtocolRelative", "//evil.example/"), ("Ftp", "ftp://example.org/bob"), ("Data", "'data:text/html,x'") })
        {
            yield return Error("Config_Coauthor" + name, ConfigAdding("coauthors:\n  Bob: " + url), "scholarly.yml:6", "co-author 'Bob'");
        }

        yield return Error("Config_CoauthorNoAddress", ConfigAdding("coauthors:\n  Bob:"), "scholarly.yml:6", "co-author 'Bob'");
        foreach (var (name, cname) in new[] { ("WithPath", "www.example.org/path"), ("WithScheme", "https://www.example.org"), ("WithPort", "www.example.org:8080"), ("WithSpace", "'www.exa mple.org'"), ("IpAddress", "192.0.2.1") })
        {
            yield return Error("Config_Cname" + name, ConfigAdding("cname: " + cname), "scholarly.yml:5", "'cname' must be a domain name");
        }

        foreach (var (name, date) in new[] { ("Month13", "2026-13-01"), ("February30", "2026-02-30"), ("Yesterday", "yesterday"), ("Number", "20260601") })
        {
            yield return Error("Config_BuildDate" + name, ConfigReplacing(4, "build_date: " + date), "scholarly.yml:4", "'build_date' is not a date");
        }

        yield return Error("Config_BuildDateIsAList", ConfigReplacing(4, "build_date: [2026-06-01]"), "scholarly.yml:4", "'build_date' must be a single value");
        yield return Error("Config_ParamsNestedMapping", ConfigAdding("params:\n  accent:\n    light: red"), "scholarly.yml:6", "'accent' must be a single value or a list");
        yield return Error("Config_ParamsNestedTooDeep", ConfigAdding("params:\n  accent: " + string.Concat(Enumerable.Repeat("{a: ", 200)) + "x" + new string('}', 200)), "scholarly.yml:6", "nested");
        yield return Error("Config_ParamsListOfLists", ConfigAdding("params:\n  accent: [[red]]"), "scholarly.yml:6", "'accent' must be a single value or a list");
        yield return Error("Config_ParamsIsAList", ConfigAdding("params: [accent]"), "scholarly.yml:5", "'params' must be a mapping");
        yield return Warning("Config_ParamsUnknownParam", ConfigAdding("params:\n  acent: red"), "scholarly.yml:6", "unknown param 'acent'");
        yield return Error("Config_AuthorsBeforeEtAlZero", ConfigAdding("authors_before_et_al: 0"), "scholarly.yml:5", "at least 1");
        yield return Error("Config_AuthorsBeforeEtAlText", ConfigAdding("authors_before_et_al: three"), "scholarly.yml:5", "'authors_before_et_al' must be a whole number");
        yield return Error("Config_MetricsUnknown", ConfigAdding("metrics: both"), "scholarly.yml:5", "'metrics' must be 'declared' or 'computed'");
        yield return Error("Config_DescriptionIsAList", ConfigAdding("description: [a, b]"), "scholarly.yml:5", "'description' must be a single value");
        yield return Error("Config_OwnerIsAMapping", ConfigReplacing(3, "owner: {name: Ada}"), "scholarly.yml:3", "'owner' must be a name, or a list of names");
    }

    // ------------------------------------------------------------------------------------------------------------
    // Paths and links in front matter
    // ------------------------------------------------------------------------------------------------------------

    private static IEnumerable<TestCaseData> PathsAndLinks() => Named(PathAndLinkCases());

    private static IEnumerable<BadInput> PathAndLinkCases()
    {
        // A careful tool publishes links that stay on the site or go to http(s)/mailto; everything else names its line.
        var addresses = new (string Name, string Kind, string Value)[]
        {
            ("ClimbsOutOfTheSite", "pdf", "../../../etc/passwd"), ("ClimbsOutThroughStatic", "pdf", "static/../../x"),
            ("ClimbsOutFromAFolder", "pdf", "files/../../../x.pdf"), ("ParentFolder", "pdf", ".."), ("DotSlashParent", "pdf", "./../secret.pdf"),
            ("EncodedParent", "pdf", "%2e%2e/%2e%2e/etc/passwd"), ("AbsolutePath", "pdf", "/etc/passwd"), ("AbsoluteClimb", "pdf", "/../../etc/passwd"),
            ("Javascript", "pdf", "javascript:alert(1)"), ("JavascriptMixedCase", "pdf", "JaVaScRiPt:alert(1)"), ("JavascriptAfterSpaces", "pdf", "   javascript:alert(1)"),
            ("Data", "pdf", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="), ("Vbscript", "pdf", "vbscript:msgbox(1)"),
            ("Backslash", "pdf", "files\\paper.pdf"), ("UncPath", "pdf", "\\\\evil.example\\share\\x.pdf"), ("ProtocolRelative", "pdf", "//evil.example/x.pdf"),
            ("TripleSlash", "pdf", "///evil.example/x.pdf"), ("FileScheme", "pdf", "file:///etc/passwd"), ("Ftp", "pdf", "ftp://example.org/x.pdf"),
            ("HttpWithoutHost", "pdf", "https://"), ("HttpWithoutSlashes", "pdf", "http:evil.example"),
            ("CodeJavascript", "code", "javascript:alert(1)"), ("SlidesClimbOut", "slides", "../../slides.pdf"), ("ProjectProtocolRelative", "project", "//evil.example/"),
            ("ArxivClimbsOut", "arxiv", "../../../etc/passwd"), ("DoiJavascript", "doi", "javascript:alert(1)"), ("VideoData", "video", "data:video/mp4;base64,AAAA"),
        };
        foreach (var (name, kind, value) in addresses)
        {
            yield return Error("Link_Paper" + name, BadPaper(PaperHead + "\nlinks:\n  " + kind + ": " + Quoted(value)), "papers/bad.md:6", $"link '{kind}'");
        }

        var photos = new (string Name, string Value)[]
        {
            ("ClimbsOut", "../../../etc/passwd"), ("AbsolutePath", "/etc/passwd"), ("Javascript", "javascript:alert(1)"),
            ("DataSvg", "data:image/svg+xml,<svg onload=alert(1)>"), ("ProtocolRelative", "//evil.example/me.jpg"), ("FileScheme", "file:///etc/passwd"),
        };
        foreach (var (name, value) in photos)
        {
            yield return Error("Link_ProfilePhoto" + name, BadProfile("name: Ada\nphoto: " + Quoted(value)), "profile.md:3", "'photo'");
        }

        var profileLinks = new (string Name, string Value)[]
        {
            ("ClimbsOut", "../../secret.pdf"), ("Ftp", "ftp://example.org/cv.pdf"), ("Vbscript", "vbscript:msgbox(1)"), ("Backslash", "\\\\evil.example\\cv.pdf"),
        };
        foreach (var (name, value) in profileLinks)
        {
            yield return Error("Link_ProfileLink" + name, BadProfile("name: Ada\nlinks:\n  - label: CV\n    url: " + Quoted(value)), "profile.md:5", "link 'CV'");
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Symbolic links
    // ------------------------------------------------------------------------------------------------------------

    private static IEnumerable<TestCaseData> Symlinks() => Named(SymlinkCases());

    /// <summary>A folder beside the site, full of things that must never be published: its path.</summary>
    private static string Outside(TestSite site)
    {
        var outside = Path.Combine(site.Root, "outside");
        site.Write("outside/secret.txt", Secret + "\n")
            .Write("outside/404.html", "<p>" + Secret + "</p>\n")
            .Write("outside/partial.html", "<p>" + Secret + "</p>\n")
            .Write("outside/leak.md", "---\ntitle: " + Secret + "\nauthors: [A]\ndate: 2024-01-01\n---\n")
            .Write("outside/static/secret.txt", Secret + "\n")
            .Write("outside/papers/leak.md", "---\ntitle: " + Secret + "\nauthors: [A]\ndate: 2024-01-01\n---\n")
            .Write("outside/assets/secret.txt", Secret + "\n")
            .Write("outside/layouts/404.html", "<p>" + Secret + "</p>\n")
            .Write("outside/partials/site-footer.html", "<p>" + Secret + "</p>\n")
            .Write("outside/theme/theme.yml", "extends: scholar\n")
            .Write("outside/theme/assets/secret.txt", Secret + "\n");
        return outside;
    }

    /// <summary>Makes <paramref name="relative"/> (in the site) a symbolic link to <paramref name="target"/>, replacing what is there.</summary>
    private static void Link(TestSite site, string relative, string target)
    {
        var path = Path.Combine(site.SiteDirectory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is null)
        {
            Directory.Delete(path, recursive: true);
        }
        else if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            File.Delete(path);
        }

        if (Directory.Exists(target))
        {
            Directory.CreateSymbolicLink(path, target);
        }
        else
        {
            File.CreateSymbolicLink(path, target);
        }
    }

    private static Action<TestSite> LinkOutside(string relative, string target) => s => Link(s, relative, Path.Combine(Outside(s), target));

    /// <summary>No file of the output holds the secret, and the output holds no link (a link to a secret publishes it too).</summary>
    private static void NothingLeaked(TestSite site)
    {
        var found = new List<string>();
        void Visit(DirectoryInfo folder)
        {
            foreach (var entry in folder.EnumerateFileSystemInfos())
            {
                var shown = Path.GetRelativePath(site.OutputDirectory, entry.FullName);
                if (entry.LinkTarget is not null)
                {
                    found.Add(shown + " is a link to " + entry.LinkTarget);
                }
                else if (entry is DirectoryInfo sub)
                {
                    Visit(sub);
                }
                else if (File.ReadAllText(entry.FullName).Contains(Secret, StringComparison.Ordinal))
                {
                    found.Add(shown + " holds the outside file's text");
                }
            }
        }

        if (Directory.Exists(site.OutputDirectory))
        {
            Visit(new DirectoryInfo(site.OutputDirectory));
        }

        Assert.That(found, Is.Empty, "nothing from outside the site is published");
    }

    private static void SiteIsWhole(TestSite site)
    {
        foreach (var file in new[] { "scholarly.yml", "profile.md", "papers/good.md", "static/cv.pdf" })
        {
            Assert.That(File.Exists(Path.Combine(site.SiteDirectory, file)), Is.True, "the site still has " + file);
        }
    }

    /// <summary>A link the build does not follow: exit 0, a warning naming the link, nothing from outside published.</summary>
    private static BadInput SkippedLink(string name, string where, Action<TestSite> apply) =>
        Warning("Symlink_" + name, apply, where, "link") with { Check = NothingLeaked, CheckFirst = true };

    private static Action<TestSite> Theme(Action<TestSite> links) => s =>
    {
        s.Write("site/themes/x/theme.yml", "extends: scholar\n");
        s.Write("site/scholarly.yml", Config() + "theme: x\n");
        links(s);
    };

    private static BadInput RefusedOutput(string name, Action<TestSite> apply, Func<TestSite, string> output, Func<TestSite, string>? source = null) =>
        new("Symlink_" + name, Outcome.Error)
        {
            Apply = apply,
            Command = s => ["build", "--source", source?.Invoke(s) ?? s.SiteDirectory, "--output", output(s)],
            Where = output,
            Fragment = "refusing to write the site",
            Check = SiteIsWhole,
        };

    private static IEnumerable<BadInput> SymlinkCases()
    {
        // The profile's CV link goes first: a static/ that is not followed has no cv.pdf, an error of its own (below).
        yield return SkippedLink("StaticFolderLinksOutside", "static", s =>
        {
            Outside(s);
            s.Write("site/profile.md", "---\nname: Ada Lovelace\n---\n");
            Directory.Delete(Path.Combine(s.SiteDirectory, "static"), recursive: true);
            Directory.CreateSymbolicLink(Path.Combine(s.SiteDirectory, "static"), Path.Combine(s.Root, "outside", "static"));
        });
        yield return SkippedLink("FileInStaticLinksOutside", "static/secret.txt", LinkOutside("static/secret.txt", "secret.txt"));
        yield return Error("Symlink_StaticFileReplacedByALink", LinkOutside("static/cv.pdf", "secret.txt"), "profile.md:6", "the site has no 'cv.pdf'") with { Check = NothingLeaked };
        yield return SkippedLink("FolderInStaticLinksOutside", "static/docs", LinkOutside("static/docs", "static"));
        yield return SkippedLink("NestedFolderInStaticLinksOutside", "static/a/b", LinkOutside("static/a/b", "static"));
        yield return SkippedLink("StaticLinksToItself", "static/loop", s => Link(s, "static/loop", Path.Combine(s.SiteDirectory, "static")));
        yield return SkippedLink("DanglingLinkInStatic", "static/gone", s => Link(s, "static/gone", Path.Combine(s.Root, "nowhere")));
        yield return SkippedLink("PapersFolderLinksOutside", "papers", s =>
        {
            Outside(s);
            Directory.Delete(Path.Combine(s.SiteDirectory, "papers"), recursive: true);
            Directory.CreateSymbolicLink(Path.Combine(s.SiteDirectory, "papers"), Path.Combine(s.Root, "outside", "papers"));
        });
        yield return SkippedLink("PaperFileLinksOutside", "papers/leak.md", LinkOutside("papers/leak.md", "leak.md"));
        yield return SkippedLink("FolderInPapersLinksOutside", "papers/more", LinkOutside("papers/more", "papers"));
        yield return SkippedLink("LayoutLinksOutside", "layouts/404.html", LinkOutside("layouts/404.html", "404.html"));
        yield return SkippedLink("LayoutsFolderLinksOutside", "layouts", LinkOutside("layouts", "layouts"));
        yield return SkippedLink("PartialLinksOutside", "layouts/partials/site-footer.html", LinkOutside("layouts/partials/site-footer.html", "partial.html"));
        yield return SkippedLink("PartialsFolderLinksOutside", "layouts/partials", LinkOutside("layouts/partials", "partials"));
        yield return SkippedLink("ThemeAssetsLinkOutside", "themes/x/assets", Theme(LinkOutside("themes/x/assets", "assets")));
        yield return SkippedLink("ThemeAssetFileLinksOutside", "themes/x/assets/secret.txt", Theme(LinkOutside("themes/x/assets/secret.txt", "secret.txt")));
        yield return SkippedLink("ThemeLayoutLinksOutside", "themes/x/layouts/404.html", Theme(LinkOutside("themes/x/layouts/404.html", "404.html")));
        // Not followed, the theme is not there: an error at the line that asks for it (and the link's warning).
        yield return Error("Symlink_ThemeFolderLinksOutside", s =>
        {
            Link(s, "themes/x", Path.Combine(Outside(s), "theme"));
            s.Write("site/scholarly.yml", Config() + "theme: x\n");
        }, "scholarly.yml:5", "theme 'x'") with
        {
            Check = NothingLeaked,
        };

        // The output folder must never hold the site, however it is reached.
        yield return RefusedOutput("OutputIsALinkToTheFolderHoldingTheSite", s => Directory.CreateSymbolicLink(Path.Combine(s.Root, "up"), s.Root), s => Path.Combine(s.Root, "up"));
        yield return RefusedOutput("OutputIsALinkToTheSite", s => Directory.CreateSymbolicLink(Path.Combine(s.Root, "here"), s.SiteDirectory), s => Path.Combine(s.Root, "here"));
        yield return RefusedOutput("OutputIsALinkToPapers", s => Directory.CreateSymbolicLink(Path.Combine(s.Root, "p"), Path.Combine(s.SiteDirectory, "papers")), s => Path.Combine(s.Root, "p"));
        yield return RefusedOutput("OutputIsALinkToStatic", s => Directory.CreateSymbolicLink(Path.Combine(s.Root, "st"), Path.Combine(s.SiteDirectory, "static")), s => Path.Combine(s.Root, "st"));
        yield return RefusedOutput(
            "SiteReachedThroughALinkInTheOutput",
            s => Directory.CreateSymbolicLink(Path.Combine(s.OutputDirectory, "src"), s.SiteDirectory),
            s => s.OutputDirectory,
            s => Path.Combine(s.OutputDirectory, "src")) with
        {
            SnapshotAfterApply = true,
        };
        yield return RefusedOutput(
            "SiteReachedThroughALinkAboveTheOutput",
            s => Directory.CreateSymbolicLink(Path.Combine(s.Root, "alias"), s.Root),
            s => Path.Combine(s.Root, "alias"),
            s => Path.Combine(s.Root, "alias", "site"));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Templates
    // ------------------------------------------------------------------------------------------------------------

    private static IEnumerable<TestCaseData> Templates() => Named(TemplateCases());

    private static Action<TestSite> Layout(string relative, string text) => WriteSite("layouts/" + relative, text);

    private static BadInput TemplateError(string name, string layout, string text, int line, string fragment) =>
        Error("Template_" + name, Layout(layout, text), $"layouts/{layout}:{line}", fragment);

    private static IEnumerable<BadInput> TemplateCases()
    {
        // Syntax
        yield return TemplateError("Unclosed", "paper.html", "<h1>{{ paper.title </h1>", 1, "template syntax");
        yield return TemplateError("UnclosedOnLine3", "paper.html", "<p>one</p>\n<p>two</p>\n<h1>{{ paper.title </h1>", 3, "template syntax");
        yield return TemplateError("StrayEnd", "paper.html", "<p>x</p>\n{{ end }}", 2, "template syntax");
        yield return Error("Template_IfWithoutEnd", Layout("paper.html", "{{ if paper.venue }}\n<p>x</p>"), "layouts/paper.html", "template syntax");
        yield return TemplateError("ForWithoutIn", "paper.html", "{{ for x }}{{ end }}", 1, "template syntax");
        yield return TemplateError("EmptyPipe", "paper.html", "{{ paper.title | }}", 1, "template syntax");
        yield return TemplateError("UnbalancedParenthesis", "paper.html", "{{ (paper.title }}", 1, "template syntax");
        yield return Error("Template_SyntaxErrorInHome", Layout("home.html", "<main>\n{{ for p in site.papers }}\n{{ p.title \n{{ end }}</main>"), @"^layouts/home\.html:[34]:", "template syntax");
        yield return Error("Template_InvalidUtf8", WriteBytes("layouts/paper.html", Bytes("<h1>{{ paper.title }}</h1>\n<p>Caf", (byte)0xC3, (byte)0x28, "</p>\n")), "layouts/paper.html:2", "UTF-8");

        // Unknown names
        yield return TemplateError("UnknownVariable", "paper.html", "<h1>{{ paper.title }}</h1>\n{{ no_such_variable }}", 2, "no_such_variable");
        yield return TemplateError("UnknownMember", "paper.html", "{{ paper.no_such_member }}", 1, "no_such_member");
        yield return TemplateError("UnknownMemberOfSite", "home.html", "{{ site.no_such_member }}", 1, "no_such_member");
        yield return TemplateError("UnknownMemberInLoop", "home.html", "<main>\n{{ for p in site.papers }}\n{{ p.no_such_member }}\n{{ end }}</main>", 3, "no_such_member");
        yield return TemplateError("UnknownFunction", "paper.html", "{{ no_such_function paper.title }}", 1, "no_such_function");
        yield return TemplateError("UnknownPipeFunction", "paper.html", "{{ paper.title | string.no_such_function }}", 1, "no_such_function");
        yield return TemplateError("UnknownNamespace", "paper.html", "{{ nospace.upcase paper.title }}", 1, "nospace");
        yield return TemplateError("UnknownVariableInTag", "tag.html", "{{ tag.name }}\n{{ no_such_variable }}", 2, "no_such_variable");
        yield return TemplateError("UnknownVariableInBase", "base.html", "<html>\n{{ no_such_variable }}\n{{ content }}</html>", 2, "no_such_variable");
        yield return TemplateError("MemberOfAMissingItem", "home.html", "{{ site.papers[1000].title }}", 1, "site.papers[1000]");

        // Assignments into the model, which every page shares
        yield return TemplateError("AssignIntoSitePapers", "paper.html", "{{ site.papers[0] = 1 }}", 1, "read");
        yield return TemplateError("AssignSiteTitle", "paper.html", "{{ site.title = \"x\" }}", 1, "read");
        yield return TemplateError("AssignPaperAuthor", "paper.html", "{{ paper.authors[0] = \"x\" }}", 1, "read");
        yield return TemplateError("AssignPaperAuthorName", "paper.html", "{{ paper.authors[0].name = \"x\" }}", 1, "read");
        yield return TemplateError("AssignPaperTitle", "paper.html", "{{ paper.title = \"x\" }}", 1, "read");
        yield return TemplateError("AssignProfileName", "home.html", "{{ profile.name = \"x\" }}", 1, "read");
        yield return TemplateError("AssignSiteParam", "home.html", "{{ site.params.accent = \"red\" }}", 1, "read");
        yield return TemplateError("AssignTagName", "tag.html", "{{ tag.name = \"x\" }}", 1, "read");
        yield return TemplateError("CaptureIntoSite", "paper.html", "{{ capture site.title }}x{{ end }}", 1, "read");
        yield return TemplateError("AssignInsideWithSite", "paper.html", "{{ with site }}{{ title = \"x\" }}{{ end }}", 1, "read");

        // Helpers and partials
        yield return TemplateError("IncludeMissingPartial", "paper.html", "<p>x</p>\n{{ include \"no-such-partial\" }}", 2, "partial 'no-such-partial' not found");
        yield return TemplateError("IncludeClimbsOut", "paper.html", "{{ include \"../../../../etc/passwd\" }}", 1, "partial");
        yield return TemplateError("IncludeAbsolutePath", "paper.html", "{{ include \"/etc/passwd\" }}", 1, "partial");
        yield return TemplateError("IncludeEmptyName", "paper.html", "{{ include \"\" }}", 1, "partial");
        yield return TemplateError("IncludeWithoutName", "paper.html", "{{ include }}", 1, "include");
        yield return Error("Template_PartialIncludesItself", Then(Layout("partials/loop.html", "{{ include \"loop\" }}"), Layout("paper.html", "{{ include \"loop\" }}")), "layouts/partials/loop.html:1", "levels deep");
        yield return Error("Template_PartialsIncludeEachOther", Then(Layout("partials/ping.html", "{{ include \"pong\" }}"), Layout("partials/pong.html", "{{ include \"ping\" }}"), Layout("paper.html", "{{ include \"ping\" }}")), "layouts/partials/", "levels deep");
        yield return Error("Template_SyntaxErrorInPartial", Then(Layout("partials/broken.html", "<p>\n{{ if }}</p>"), Layout("paper.html", "{{ include \"broken\" }}")), "layouts/partials/broken.html:2", "template syntax");
        yield return Error("Template_UnknownVariableInPartial", Then(Layout("partials/broken.html", "<p>\n{{ no_such_variable }}</p>"), Layout("paper.html", "{{ include \"broken\" }}")), "layouts/partials/broken.html:2", "no_such_variable");
        yield return TemplateError("AuthorListOfANumber", "paper.html", "{{ author_list 1 }}", 1, "author_list");
        yield return TemplateError("FormatDateOfText", "paper.html", "{{ format_date \"soon\" }}", 1, "convert");
        yield return TemplateError("SafeHtmlWithTooManyArguments", "paper.html", "{{ safe_html \"a\" \"b\" \"c\" }}", 1, "safe_html");
        yield return TemplateError("IntegerDivisionByZero", "paper.html", "{{ 1 // 0 }}", 1, "zero");
    }

    // ------------------------------------------------------------------------------------------------------------
    // BibTeX import
    // ------------------------------------------------------------------------------------------------------------

    private static IEnumerable<TestCaseData> BibtexImport() => Named(BibtexImportCases());

    private static string RefsPath(TestSite site) => Path.Combine(site.Root, "refs.bib");

    private static string[] ImportArgs(TestSite site) => ["import", RefsPath(site), "--into", site.SiteDirectory];

    /// <summary>An entry: "@article{key," on its first line, then one field a line.</summary>
    private static string Entry(string key, params string[] fields) => $"@article{{{key},\n  " + string.Join(",\n  ", fields) + "\n}\n";

    private static readonly string[] GoodFields = ["title = {A Good Title}", "author = {Lovelace, Ada}", "year = {2020}"];

    private static string[] Fields(params string[] extra) => [.. GoodFields, .. extra];

    private static BadInput Import(string name, Outcome outcome, Func<TestSite, byte[]> refs, int? line, string? fragment) =>
        new("Bibtex_" + name, outcome)
        {
            Apply = s => File.WriteAllBytes(RefsPath(s), refs(s)),
            Command = ImportArgs,
            Where = s => RefsPath(s) + (line is null ? "" : ":" + line),
            Fragment = fragment,
            BuildAfter = true,
        };

    private static BadInput Import(string name, Outcome outcome, string refs, int? line = null, string? fragment = null) =>
        Import(name, outcome, _ => Utf8(refs), line, fragment);

    /// <summary>No link of a paper file the import wrote holds <paramref name="text"/> (the original entry, kept under bibtex:, may).</summary>
    private static Action<TestSite> NoLinkHolds(string text) => s =>
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(s.SiteDirectory, "papers"), "*.md", SearchOption.AllDirectories))
        {
            var links = File.ReadAllLines(file).SkipWhile(l => l != "links:").Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal));
            Assert.That(links, Has.None.Contains(text), Path.GetFileName(file) + ":\n" + File.ReadAllText(file));
        }
    };

    private static IEnumerable<BadInput> BibtexImportCases()
    {
        yield return Import("UnbalancedBraces", Outcome.Error, "@article{k1,\n  title = {A {Broken} Title,\n  author = {Lovelace, Ada},\n  year = {2020}\n}\n", 1, "k1") with { Where = s => "^" + Regex.Escape(RefsPath(s)) + ":[12]:" };
        yield return Import("ExtraClosingBrace", Outcome.Error, "@article{k1,\n  title = {A Title}},\n  author = {Lovelace, Ada},\n  year = {2020}\n}\n", 2, "k1") with { Where = s => "^" + Regex.Escape(RefsPath(s)) + ":[12]:" };
        yield return Import("UnclosedQuote", Outcome.Error, "@article{k1,\n  title = \"A Title,\n  author = {Lovelace, Ada},\n  year = {2020}\n}\n", 2, "k1");
        yield return Import("MissingKey", Outcome.Error, Entry("", GoodFields), 1, "key");
        yield return Import("MissingKeyAndComma", Outcome.Error, "@article{ title = {A Title}, author = {Lovelace, Ada}, year = {2020} }\n", 1, "found '='");
        yield return Import("MissingCommaBetweenFields", Outcome.Error, "@article{k1,\n  title = {A Title}\n  author = {Lovelace, Ada},\n  year = {2020}\n}\n", 3, "k1");
        yield return Import("DuplicateKeys", Outcome.Error, Entry("k1", GoodFields) + "\n" + Entry("k1", "title = {Another Title}", "author = {Lovelace, Ada}", "year = {2021}"), 7, "k1");
        yield return Import("GarbageGluedBeforeAt", Outcome.Warning, "garbage text @article{k1,\n  title = {A Title},\n  author = {Lovelace, Ada},\n  year = {2020}\n}\n", 1, "before '@'");
        yield return Import("GarbageLinesBeforeTheEntry", Outcome.Clean, "This is not BibTeX.\nNeither is this.\n\n" + Entry("k1", GoodFields));
        yield return Import("Latin1Bytes", Outcome.Warning, _ => Bytes("@article{k1,\n  title = {A Title},\n  author = {M", (byte)0xFC, "ller, Ada},\n  year = {2020}\n}\n"), null, "not UTF-8") with
        {
            Check = s => Assert.That(File.ReadAllText(Path.Combine(s.SiteDirectory, "papers", Directory.EnumerateFiles(Path.Combine(s.SiteDirectory, "papers")).Select(Path.GetFileName).First(n => n != "good.md")!)), Does.Contain("Müller")),
        };
        yield return Import("InvalidUtf8Bytes", Outcome.Warning, _ => Bytes("@article{k1,\n  title = {A ", (byte)0xFF, (byte)0xFE, " Title},\n  author = {Lovelace, Ada},\n  year = {2020}\n}\n"), null, "not UTF-8");
        yield return Import("NoAuthor", Outcome.Error, Entry("k1", "title = {A Title}", "year = {2020}"), 1, "author");
        yield return Import("NoTitle", Outcome.Error, Entry("k1", "author = {Lovelace, Ada}", "year = {2020}"), 1, "title");
        yield return Import("NoYear", Outcome.Error, Entry("k1", "title = {A Title}", "author = {Lovelace, Ada}"), 1, "year");
        yield return Import("EmptyTitle", Outcome.Error, Entry("k1", "title = {}", "author = {Lovelace, Ada}", "year = {2020}"), 2, "title");
        yield return Import("AuthorIsOnlyAnd", Outcome.Error, Entry("k1", "title = {A Title}", "author = { and }", "year = {2020}"), 3, "author");
        yield return Import("YearIsNotANumber", Outcome.Error, Entry("k1", "title = {A Title}", "author = {Lovelace, Ada}", "year = {20xx}"), 4, "year");
        yield return Import("MonthThirteen", Outcome.ErrorOrClean, Entry("k1", Fields("month = {13}")), null);
        yield return Import("UndefinedMacro", Outcome.ErrorOrClean, Entry("k1", "title = nosuchmacro", "author = {Lovelace, Ada}", "year = {2020}"), null);
        yield return Import("UnclosedComment", Outcome.ErrorOrClean, "@comment{ never closed\n\n" + Entry("k1", GoodFields), null);
        yield return Import("EmptyFile", Outcome.ErrorOrClean, "", null);
        yield return Import("NulInTitle", Outcome.ErrorOrClean, Entry("k1", "title = {A \0 Title}", "author = {Lovelace, Ada}", "year = {2020}"), null);
        foreach (var (name, first, second) in new[]
        {
            ("Hyphen", "Best match searching", "Best-match searching"), ("Underscore", "best match searching", "best_match_searching"),
            ("TrailingPeriod", "Deep learning", "Deep learning."), ("CaseAndHyphen", "Deep Learning", "deep-learning"), ("Plus", "C++", "C"),
        })
        {
            yield return Import("TagsDifferingBy" + name, Outcome.ErrorOrClean,
                Entry("k1", "title = {First}", "author = {Lovelace, Ada}", "year = {2020}", $"keywords = {{{first}}}") + "\n" +
                Entry("k2", "title = {Second}", "author = {Lovelace, Ada}", "year = {2021}", $"keywords = {{{second}}}"), null);
        }

        foreach (var (name, field, leak) in new[]
        {
            ("UrlFtp", "url = {ftp://example.org/x}", "ftp:"), ("UrlFile", "url = {file:///etc/passwd}", "file:"), ("UrlJavascript", "url = {javascript:alert(1)}", "javascript:"),
            ("PdfClimbsOut", "pdf = {../../../etc/passwd}", "etc/passwd"), ("DoiJavascript", "doi = {javascript:alert(1)}", "javascript:"),
            ("CodeProtocolRelative", "code = {//evil.example/x}", "//evil.example"), ("ZoteroFileField", "file = {:/home/ada/paper.pdf:application/pdf}", "/home/ada"),
        })
        {
            yield return Import(name, Outcome.ErrorOrClean, Entry("k1", Fields(field)), null) with { Check = NoLinkHolds(leak) };
        }

        yield return Import("KeyWithAPath", Outcome.ErrorOrClean, Entry("../../evil", GoodFields), null) with
        {
            Check = s => Assert.That(Directory.EnumerateFiles(s.Root, "evil*", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(s.SiteDirectory, "evil*")), Is.Empty, "no file outside papers/"),
        };
        yield return Import("FenceInTheAbstract", Outcome.Clean, Entry("k1", Fields("abstract = {First line.\n---\ninjected: true\n---\nLast line.}")));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Scale
    // ------------------------------------------------------------------------------------------------------------

    private const long MaxOutputBytes = 200L << 20;

    private static IEnumerable<TestCaseData> Scale() => Named(ScaleCases());

    private static void OutputIsSmall(TestSite site) =>
        Assert.That(SizeOf(site.OutputDirectory), Is.LessThan(MaxOutputBytes), "the output stays under 200 MB");

    private static IEnumerable<BadInput> ScaleCases()
    {
        yield return Clean("Scale_HugeTitle", BadPaper("title: " + string.Join(" ", Enumerable.Repeat("word", 20_000)) + "\nauthors: [A]\ndate: 2024-01-01"), s =>
        {
            OutputIsSmall(s);
            Assert.That(Directory.GetDirectories(Path.Combine(s.OutputDirectory, "papers")).Max(d => Path.GetFileName(d).Length), Is.LessThanOrEqualTo(80));
        });
        yield return Clean("Scale_HugeAuthorName", BadPaper("title: T\nauthors: [" + new string('A', 100_000) + "]\ndate: 2024-01-01"), OutputIsSmall);
        yield return Clean("Scale_HugeAbstract", BadPaper(PaperHead + "\nabstract: |\n" + string.Concat(Enumerable.Repeat("  A sentence of the abstract, long enough.\n", 25_000))), OutputIsSmall);
        yield return new BadInput("Scale_HugeTag", Outcome.ErrorOrClean) { Apply = BadPaper(PaperHead + "\ntags: [" + new string('t', 10_000) + "]"), Where = _ => "papers/bad.md:5" };
        yield return Clean("Scale_ThousandLinks", BadPaper(PaperHead + "\nlinks:\n" + string.Concat(Enumerable.Range(0, 1000).Select(i => $"  l{i}: https://example.org/{i}\n")).TrimEnd('\n')), OutputIsSmall);
    }

    private static IEnumerable<TestCaseData> ScaleOutOfProcess() => Named(
    [
        Clean("Scale_TenThousandTags", BadPaper(PaperHead + "\ntags: [" + string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"topic-{i}")) + "]"), OutputIsSmall) with
        {
            OutOfProcess = true, Timeout = TimeSpan.FromSeconds(60), MaxBytes = MaxOutputBytes * 2,
        },
        Clean("Scale_TenThousandAuthors", BadPaper("title: T\nauthors: [" + string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"Author Number{i}")) + "]\ndate: 2024-01-01"), OutputIsSmall) with
        {
            OutOfProcess = true, Timeout = TimeSpan.FromSeconds(60), MaxBytes = MaxOutputBytes * 2,
        },
    ]);

    // ------------------------------------------------------------------------------------------------------------
    // The command line
    // ------------------------------------------------------------------------------------------------------------

    private static IEnumerable<TestCaseData> CommandLine() => Named(CommandLineCases());

    private static BadInput Refused(string name, Func<TestSite, string> output, string fragment, Action<TestSite>? apply = null, Action<TestSite>? check = null) =>
        new("Cli_" + name, Outcome.Error)
        {
            Apply = apply ?? (_ => { }),
            Command = s => ["build", "--source", s.SiteDirectory, "--output", output(s)],
            Where = output,
            Fragment = fragment,
            Check = s =>
            {
                SiteIsWhole(s);
                check?.Invoke(s);
            },
        };

    private static IEnumerable<BadInput> CommandLineCases()
    {
        yield return Refused("OutputIsAFile", s => Path.Combine(s.Root, "notes.txt"), "is a file", s => s.Write("notes.txt", "keep me"),
            s => Assert.That(File.ReadAllText(Path.Combine(s.Root, "notes.txt")), Is.EqualTo("keep me")));
        yield return Refused("OutputIsTheRoot", _ => "/", "root of the file system");
        yield return Refused("OutputIsTheSite", s => s.SiteDirectory, "refusing to write the site");
        yield return Refused("OutputIsTheFolderHoldingTheSite", s => s.Root, "refusing to write the site");
        yield return Refused("OutputIsPapers", s => Path.Combine(s.SiteDirectory, "papers"), "refusing to write the site");
        yield return Refused("OutputIsInsidePapers", s => Path.Combine(s.SiteDirectory, "papers", "out"), "refusing to write the site");
        yield return Refused("OutputIsStatic", s => Path.Combine(s.SiteDirectory, "static"), "refusing to write the site");
        yield return Refused("OutputIsLayouts", s => Path.Combine(s.SiteDirectory, "layouts"), "refusing to write the site");
        yield return Refused("OutputIsATheme", s => Path.Combine(s.SiteDirectory, "themes", "x"), "refusing to write the site");
        yield return Refused("OutputIsGit", s => Path.Combine(s.SiteDirectory, ".git"), "refusing to write the site");
        yield return Refused("OutputIsTheProfile", s => Path.Combine(s.SiteDirectory, "profile.md"), "refusing to write the site");
        yield return Refused("OutputIsAForeignFolder", s => Path.Combine(s.Root, "documents"), "refusing to replace", s => s.Write("documents/thesis.tex", "\\documentclass{article}"),
            s => Assert.That(File.Exists(Path.Combine(s.Root, "documents", "thesis.tex")), Is.True));
        yield return new BadInput("Cli_OutputIsEmpty", Outcome.Error) { Command = s => ["build", "--source", s.SiteDirectory, "--output", ""], ExitCode = 2, Fragment = "--output", Check = SiteIsWhole };
        yield return new BadInput("Cli_SourceDoesNotExist", Outcome.Error)
        {
            Command = s => ["build", "--source", Path.Combine(s.Root, "nope"), "--output", s.OutputDirectory],
            Where = s => Path.Combine(s.Root, "nope"),
            Fragment = "does not exist",
        };
        yield return new BadInput("Cli_SourceIsAFile", Outcome.Error)
        {
            Command = s => ["build", "--source", Path.Combine(s.SiteDirectory, "scholarly.yml"), "--output", s.OutputDirectory],
            Where = s => Path.Combine(s.SiteDirectory, "scholarly.yml"),
            Fragment = "not a folder",
        };
        yield return new BadInput("Cli_BaseUrlOptionFtp", Outcome.Error)
        {
            Command = s => [.. BuildArgs(s), "--base-url", "ftp://example.org/"], Where = _ => "--base-url", Fragment = "not an absolute http(s) address",
        };
        yield return new BadInput("Cli_BaseUrlOptionPathStartingWithDoubleSlash", Outcome.Error)
        {
            Command = s => [.. BuildArgs(s), "--base-url", "https://example.org//evil.example/"], Where = _ => "--base-url", Fragment = "--base-url",
        };
        yield return new BadInput("Cli_ThemeOptionClimbsOut", Outcome.Error)
        {
            Command = s => [.. BuildArgs(s), "--theme", "../../etc"], Where = _ => "--theme", Fragment = "unknown theme",
        };
        yield return new BadInput("Cli_MistypedOption", Outcome.Error) { Command = s => ["build", "--source", s.SiteDirectory, "--outptu", s.OutputDirectory], ExitCode = 2, Fragment = "outptu" };
        yield return new BadInput("Cli_ImportMissingFile", Outcome.Error)
        {
            Command = s => ["import", Path.Combine(s.Root, "none.bib"), "--into", s.SiteDirectory], Where = s => Path.Combine(s.Root, "none.bib"), Fragment = "no such file",
        };
        yield return new BadInput("Cli_ImportIntoAFolderThatIsNoSite", Outcome.Error)
        {
            Apply = s => Directory.CreateDirectory(Path.Combine(s.Root, "empty")),
            Command = s => ["import", Path.Combine(s.Root, "none.bib"), "--into", Path.Combine(s.Root, "empty")],
            Fragment = "no scholarly.yml",
        };
    }

    private static IEnumerable<TestCaseData> ServePorts() => Named(
        new[] { ("99999", "99999"), ("Minus1", "-1"), ("Abc", "abc"), ("Zero", "0"), ("65536", "65536"), ("Empty", ""), ("Fraction", "80.5") }
            .Select(p => new BadInput("Cli_ServePort" + p.Item1, Outcome.Error)
            {
                Command = s => ["serve", "--source", s.SiteDirectory, "--port", p.Item2],
                ExitCode = 2,
                Fragment = "port",
                OutOfProcess = true,
                Timeout = TimeSpan.FromSeconds(20),
            }));

    // ------------------------------------------------------------------------------------------------------------
    // Out of process: deep nesting, alias bombs, runaway templates and BibTeX
    // ------------------------------------------------------------------------------------------------------------

    private static readonly Lazy<string> BlockMapping5000 = new(() => BlockMapping(5_000));
    private static readonly Lazy<string> BlockSequence60000 = new(() => "\n  " + string.Concat(Enumerable.Repeat("- ", 60_000)) + "x");
    private static readonly Lazy<string> FlowSequence5000 = new(() => " " + new string('[', 5_000) + "x" + new string(']', 5_000));
    private static readonly Lazy<string> FlowSequence60000 = new(() => " " + new string('[', 60_000) + "x" + new string(']', 60_000));
    private static readonly Lazy<string> FlowMapping60000 = new(() => " " + string.Concat(Enumerable.Repeat("{a: ", 60_000)) + "x" + new string('}', 60_000));

    /// <summary>"a:\n a:\n  a:" as deep as asked, in block style: each level one space further in.</summary>
    private static string BlockMapping(int depth)
    {
        var text = new StringBuilder((depth + 2) * (depth + 8) / 2);
        for (var level = 1; level <= depth; level++)
        {
            text.Append('\n').Append(' ', level).Append("a:");
        }

        return text.Append(' ').Append('x').ToString();
    }

    /// <summary>Thirty levels of doubling aliases: 2^30 strings when expanded.</summary>
    private static string AliasBomb(string indent) =>
        string.Join("\n", Enumerable.Range(0, 30).Select(i => $"{indent}l{i}: &l{i} [{(i == 0 ? "\"x\", \"x\"" : $"*l{i - 1}, *l{i - 1}")}]"));

    private static IEnumerable<TestCaseData> DeepNesting()
    {
        var shapes = new (string Name, Lazy<string> Value)[]
        {
            ("BlockMapping5000", BlockMapping5000), ("BlockSequence60000", BlockSequence60000), ("FlowSequence5000", FlowSequence5000),
            ("FlowSequence60000", FlowSequence60000), ("FlowMapping60000", FlowMapping60000),
        };
        var cases = new List<BadInput>();
        foreach (var (name, value) in shapes)
        {
            cases.Add(Deep("Nesting_Paper" + name, "papers/deep.md", s => s.Write("site/papers/deep.md", "---\n" + PaperHead + "\nextra:" + value.Value + "\n---\n")));
            cases.Add(Deep("Nesting_Profile" + name, "profile.md", s => s.Write("site/profile.md", "---\nname: Ada\nnest:" + value.Value + "\n---\nBio.\n")));
            cases.Add(Deep("Nesting_Config" + name, "scholarly.yml", s => s.Write("site/scholarly.yml", Config() + "nest:" + value.Value + "\n")));
        }

        var bomb = AliasBomb("  ");
        cases.Add(new BadInput("Nesting_AliasBombUnread", Outcome.ErrorOrClean)
        {
            Apply = WriteSite("papers/bomb.md", "---\n" + PaperHead + "\nextra:\n" + bomb + "\n---\n"), Where = _ => "papers/bomb.md", OutOfProcess = true, Timeout = RunawayLimit,
        });
        cases.Add(Error("Nesting_AliasBombInTags", WriteSite("papers/bomb.md", "---\n" + PaperHead + "\nextra:\n" + bomb + "\ntags: *l29\n---\n"), "papers/bomb.md", "'tags'") with { OutOfProcess = true, Timeout = RunawayLimit });
        cases.Add(Error("Nesting_AliasBombInProfile", WriteSite("profile.md", "---\nname: Ada\nbomb:\n" + bomb + "\naffiliation: *l29\n---\nBio.\n"), "profile.md", "'affiliation'") with { OutOfProcess = true, Timeout = RunawayLimit });
        cases.Add(Error("Nesting_AliasBombInConfigParams", WriteSite("scholarly.yml", Config() + "bomb:\n" + bomb + "\nparams:\n  lol: *l29\n"), "scholarly.yml", "'lol'") with { OutOfProcess = true, Timeout = RunawayLimit });
        return Named(cases);
    }

    private static BadInput Deep(string name, string file, Action<TestSite> apply) =>
        new(name, Outcome.Error) { Apply = apply, Where = _ => file, OutOfProcess = true, Timeout = NestingLimit };

    private static IEnumerable<TestCaseData> RunawayTemplates() => Named(
        new[]
        {
            ("WhileTrue", "{{ while true }}{{ end }}"),
            ("HundredMillionIterations", "{{ for i in 1..100000000 }}{{ end }}"),
            ("NestedHugeLoops", "{{ for i in 1..100000 }}{{ for j in 1..100000 }}{{ end }}{{ end }}"),
            ("EndlessOutput", "{{ while true }}x{{ end }}"),
            ("StringDoubling", "{{ s = \"x\" }}{{ while true }}{{ s = s + s }}{{ end }}"),
            ("HugeRepeat", "{{ \"x\" | string.repeat 1000000000 }}"),
            ("RecursiveFunction", "{{ func f }}{{ f }}{{ end }}{{ f }}"),
        }.Select(t => Error("Template_Runaway" + t.Item1, Layout("paper.html", t.Item2), "layouts/paper.html:1", "template") with { OutOfProcess = true, Timeout = RunawayLimit }));

    private static IEnumerable<TestCaseData> RunawayBibtex()
    {
        var doubling = new StringBuilder("@string{s0 = \"xx\"}\n");
        for (var i = 1; i <= 40; i++)
        {
            doubling.Append("@string{s").Append(i).Append(" = s").Append(i - 1).Append(" # s").Append(i - 1).Append("}\n");
        }

        doubling.Append(Entry("k1", "title = s40", "author = {Lovelace, Ada}", "year = {2020}"));
        var cases = new[]
        {
            Import("NestedBraces60000", Outcome.ErrorOrClean, Entry("k1", "title = {" + new string('{', 60_000) + "x" + new string('}', 60_000) + "}", "author = {Lovelace, Ada}", "year = {2020}"), null),
            Import("StringMacroDoubling40", Outcome.Error, doubling.ToString(), null, null) with { Where = s => "^" + Regex.Escape(RefsPath(s)) + @":\d+" },
            Import("CrossrefCycle", Outcome.ErrorOrClean, Entry("a", Fields("crossref = {b}")) + "\n" + Entry("b", "title = {B}", "author = {Lovelace, Ada}", "year = {2021}", "crossref = {a}"), null),
            Import("CrossrefSelf", Outcome.ErrorOrClean, Entry("a", Fields("crossref = {a}")), null),
            Import("StringMacroSelfReference", Outcome.ErrorOrClean, "@string{a = a # a # a}\n" + Entry("k1", "title = a", "author = {Lovelace, Ada}", "year = {2020}"), null),
        };
        return Named(cases.Select(c => c with { OutOfProcess = true, Timeout = RunawayLimit }));
    }
}
