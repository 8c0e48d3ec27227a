using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Scholarly.Markup;
using Scholarly.Templating;

namespace Scholarly.Output;

/// <summary>
/// What each page of the last build was made from, kept beside the site (<c>.scholarly-cache/pages.json</c>), so that
/// the next build, in another process, renders again only the pages whose inputs changed: a page is the same when
/// what every page depends on (<see cref="SiteInputs"/>: the tool, config, theme, layouts and every file but the
/// papers) is the same, its own values are (its <c>page</c> object, its variables, the files it is about), every
/// model object its render read (<see cref="RenderReads"/>) has the fingerprint it had (<see cref="ModelFingerprints"/>),
/// and its file in the output still has the size and time it was written with. Like the other caches it is only a
/// cache: a missing, damaged or foreign file makes every page again, and the output is the same without it.
/// </summary>
/// <remarks>Thread-safe: the render loop asks and records from every thread.</remarks>
internal sealed class PageMemo
{
    public const string FileName = "pages.json";

    private readonly string? _file;
    private readonly string _inputs;
    private readonly Dictionary<string, MemoPage> _previous;
    private readonly Dictionary<string, string> _prints;
    private readonly ConcurrentDictionary<string, MemoPage> _now = new(StringComparer.Ordinal);

    private PageMemo(string? file, string inputs, Dictionary<string, MemoPage> previous, Dictionary<string, string> prints)
    {
        _file = file;
        _inputs = inputs;
        _previous = previous;
        _prints = prints;
    }

    /// <summary>Whether pages are recorded and may be kept (off with <c>--no-cache</c> and in serve's rebuilds).</summary>
    public bool Enabled => _file is not null;

    private int _kept;

    /// <summary>How many pages this build kept as they were.</summary>
    public int Kept => _kept;

    /// <summary>A memo that keeps nothing: every page is made.</summary>
    public static PageMemo None() => new(null, "", [], []);

    /// <summary>The memo of the site in <paramref name="siteDirectory"/>, with what the last build recorded when it had the same <paramref name="inputs"/>.</summary>
    public static PageMemo Open(string siteDirectory, string inputs)
    {
        var file = Path.Combine(siteDirectory, MathCache.Folder, FileName);
        var stored = Load(file);
        if (stored is null || stored.Tool != ToolBuild.Identity || stored.Inputs != inputs || stored.Keys.Count != stored.Prints.Count)
        {
            return new PageMemo(file, inputs, [], []);
        }

        var prints = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < stored.Keys.Count; i++)
        {
            prints[stored.Keys[i]] = stored.Prints[i];
        }

        var previous = new Dictionary<string, MemoPage>(StringComparer.Ordinal);
        foreach (var page in stored.Pages)
        {
            if (page.Reads.All(read => read >= 0 && read < stored.Keys.Count))
            {
                previous[page.Path] = new MemoPage(page.Own, [.. page.Reads.Select(read => stored.Keys[read])], new FileStamp(page.Length, page.Time));
            }
        }

        return new PageMemo(file, inputs, previous, prints);
    }

    /// <summary>
    /// The stamp of the page at <paramref name="path"/> as the last build wrote it, when that page had the same own
    /// fingerprint <paramref name="own"/> and everything it read is unchanged; else null (it must be made).
    /// </summary>
    public FileStamp? Unchanged(string path, string own, ModelFingerprints prints)
    {
        if (!_previous.TryGetValue(path, out var page) || page.Own != own)
        {
            return null;
        }

        foreach (var read in page.Reads)
        {
            if (!_prints.TryGetValue(read, out var then) || prints.Of(read) != then)
            {
                return null;
            }
        }

        return page.Stamp;
    }

    /// <summary>The page at <paramref name="path"/> was kept: its record stays as it was.</summary>
    public void Keep(string path)
    {
        _now[path] = _previous[path];
        Interlocked.Increment(ref _kept);
    }

    /// <summary>The page at <paramref name="path"/> was made from <paramref name="own"/> and <paramref name="reads"/>, into a file of <paramref name="stamp"/>.</summary>
    public void Made(string path, string own, IEnumerable<ITrackedRead> reads, FileStamp stamp) =>
        _now[path] = new MemoPage(own, [.. reads.Select(read => read.ReadKey!).Distinct(StringComparer.Ordinal)], stamp);

    /// <summary>
    /// Writes what this build recorded, with the fingerprint of every object a page read; called once the output is
    /// published. A failure to write is no error: the next build makes every page.
    /// </summary>
    public void Save(ModelFingerprints prints)
    {
        if (_file is null)
        {
            return;
        }

        var keys = _now.Values.SelectMany(page => page.Reads).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = keys.Select((key, i) => (key, i)).ToDictionary(pair => pair.key, pair => pair.i, StringComparer.Ordinal);
        var keyPrints = new string[keys.Count];
        Parallel.For(0, keys.Count, i => keyPrints[i] = prints.Of(keys[i]) ?? "");
        var pages = _now.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new StoredPage(pair.Key, pair.Value.Own, [.. pair.Value.Reads.Select(read => index[read])], pair.Value.Stamp.Length, pair.Value.Stamp.Time))
            .ToList();
        var temporary = _file + "." + Path.GetRandomFileName();
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            using (var stream = File.Create(temporary))
            {
                JsonSerializer.Serialize(stream, new StoredPages(ToolBuild.Identity, _inputs, keys, keyPrints, pages), MemoJson);
            }

            File.Move(temporary, _file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // A stray temporary file is never read.
            }
        }
    }

    private static StoredPages? Load(string file)
    {
        try
        {
            if (!File.Exists(file))
            {
                return null;
            }

            using var stream = File.OpenRead(file);
            return JsonSerializer.Deserialize(stream, MemoJson);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    private static readonly JsonTypeInfo<StoredPages> MemoJson =
        new PageMemoJson(new JsonSerializerOptions { RespectNullableAnnotations = true }).StoredPages;

    private sealed record MemoPage(string Own, IReadOnlyList<string> Reads, FileStamp Stamp);
}

/// <summary>The memo's file: the tool and site inputs it is valid for, the read keys with their fingerprints, and the pages.</summary>
internal sealed record StoredPages(string Tool, string Inputs, IReadOnlyList<string> Keys, IReadOnlyList<string> Prints, IReadOnlyList<StoredPage> Pages);

/// <summary>One page: its path in the output, its own fingerprint, what it read (indices into the keys), its file's size and time.</summary>
internal sealed record StoredPage(string Path, string Own, IReadOnlyList<int> Reads, long Length, long Time);

/// <summary>Generated (de)serialisation of the memo: no reflection on a build's start-up path.</summary>
[JsonSerializable(typeof(StoredPages))]
internal sealed partial class PageMemoJson : JsonSerializerContext;
