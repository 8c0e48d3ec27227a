using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scholarly.Markup;

/// <summary>
/// The formulas of one build, typeset through <see cref="MathTypesetter"/> and kept beside the site
/// (<c>.scholarly-cache/math/temml-VERSION.json</c>) so that the next build of the same formulas starts no JavaScript
/// engine at all. The file is only a cache: deleting it changes no byte of the output, a damaged one is ignored, and
/// it holds exactly the formulas the last build used (serve's rebuilds only add to them).
/// </summary>
internal sealed class MathCache
{
    /// <summary>The folder beside the site's files where builds keep what they may reuse; ignored as content.</summary>
    public const string Folder = ".scholarly-cache";

    private readonly string? _file;
    private readonly Dictionary<string, TypesetMath>? _read;
    private readonly Dictionary<string, TypesetMath> _stored;
    private readonly ConcurrentDictionary<string, TypesetMath> _used = new(StringComparer.Ordinal);

    /// <param name="read">What the file holds from this build of the engine, or null when it holds nothing usable (missing, damaged, another build's).</param>
    private MathCache(string? file, Dictionary<string, TypesetMath>? read)
    {
        _file = file;
        _read = read;
        _stored = read ?? [];
    }

    /// <summary>A cache kept only for this process (tests, a Markdown renderer outside a build).</summary>
    public static MathCache InMemory() => new(null, []);

    /// <summary>
    /// The cache of the site in <paramref name="siteDirectory"/>, with what its last build stored. When no build has
    /// stored anything usable yet (a first or clean build), every formula of the site will be typeset, so the engine
    /// is started now (<see cref="MathTypesetter.Warm"/>), beside the reading of the site; a site whose last build
    /// found no formulas has an empty file, and starts nothing.
    /// </summary>
    public static MathCache Open(string siteDirectory)
    {
        var file = Path.Combine(siteDirectory, Folder, "math", $"temml-{MathTypesetter.TemmlVersion}.json");
        var read = Read(file);
        if (read is null)
        {
            MathTypesetter.Warm();
        }

        return new MathCache(file, read);
    }

    /// <summary>Whether opening this cache started the engine ahead of the first formula (see <see cref="Open"/>).</summary>
    public bool StartedEngineEarly => _file is not null && _read is null;

    /// <summary>The formulas this thread asked for since <see cref="Recording"/> began, or null when none records.</summary>
    [ThreadStatic]
    private static List<string>? _recorded;

    /// <summary>
    /// Runs <paramref name="read"/> (the reading of one file, on this thread) and gives the keys of the formulas it
    /// typeset or took from here, so that a later build taking that file's result from elsewhere can say it still uses them
    /// (<see cref="Use"/>).
    /// </summary>
    public static IReadOnlyList<string> Recording(Action read)
    {
        var recorded = _recorded = [];
        try
        {
            read();
        }
        finally
        {
            _recorded = null;
        }

        return recorded;
    }

    /// <summary>Counts the stored formulas of <paramref name="keys"/> as used by this build, so that saving keeps them.</summary>
    public void Use(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (_stored.TryGetValue(key, out var stored))
            {
                _used.TryAdd(key, stored);
            }
        }
    }

    /// <summary>The MathML of <paramref name="tex"/>, or its TeX error.</summary>
    public TypesetMath Render(string tex, bool display)
    {
        var key = Key(tex, display);
        _recorded?.Add(key);
        if (_used.TryGetValue(key, out var known))
        {
            return known;
        }

        var typeset = _stored.TryGetValue(key, out var stored) ? stored : MathTypesetter.Render(tex, display);
        return _used.GetOrAdd(key, typeset);
    }

    /// <summary>Writes the formulas this build used, when they differ from those stored; a failure to write is no error.</summary>
    /// <param name="keepUnused">
    /// Keeps the stored formulas this build did not use as well: a build that read only the files that changed
    /// (serve's rebuilds, <see cref="Content.PaperReadCache"/>) cannot tell which formulas the site no longer has.
    /// </param>
    public void Save(bool keepUnused = false)
    {
        // Written when the file held nothing usable even if no formula was used: its being there tells the next build
        // that the site needs no engine started ahead (see Open).
        var nothingNew = _read is not null && _used.Keys.All(_stored.ContainsKey);
        if (_file is null || nothingNew && (keepUnused || _used.Count == _stored.Count))
        {
            return;
        }

        var kept = keepUnused ? _stored.Where(entry => !_used.ContainsKey(entry.Key)).Concat(_used) : _used;
        var entries = new StoredFormulas(ToolIdentity, [.. kept.OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .Select(entry => new StoredFormula(entry.Key, entry.Value.MathMl, entry.Value.Error))]);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            var temporary = _file + "." + Path.GetRandomFileName();
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(entries, MathCacheJson.Default.StoredFormulas));
            File.Move(temporary, _file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only site still builds; the next build typesets again.
        }
    }

    /// <summary>
    /// The build of the engine that wrote the file: its messages and markup around Temml's may change between
    /// builds, so a file from another one is not read. (Deterministic builds give the same sources the same id.)
    /// </summary>
    private static readonly string ToolIdentity = ToolBuild.Identity;

    /// <summary>Display math is keyed apart from inline math of the same TeX: Temml sets it differently.</summary>
    private static string Key(string tex, bool display) => (display ? "D" : "I") + tex;

    /// <summary>The formulas the file stores from this build of the engine, or null when it is missing, damaged or another build's.</summary>
    private static Dictionary<string, TypesetMath>? Read(string file)
    {
        try
        {
            if (!File.Exists(file))
            {
                return null;
            }

            var stored = JsonSerializer.Deserialize(File.ReadAllBytes(file), MathCacheJson.Default.StoredFormulas);
            if (stored?.Tool != ToolIdentity || stored.Formulas is null)
            {
                return null;
            }

            return stored.Formulas.Where(entry => entry.Key is { Length: > 0 } && (entry.MathMl is null) != (entry.Error is null))
                .GroupBy(entry => entry.Key, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => new TypesetMath(group.First().MathMl, group.First().Error), StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

}

/// <summary>The cache file: the engine build that wrote it, and the formulas.</summary>
internal sealed record StoredFormulas(string Tool, IReadOnlyList<StoredFormula> Formulas);

/// <summary>One formula as the cache file stores it.</summary>
internal sealed record StoredFormula(string Key, string? MathMl, string? Error);

/// <summary>Generated (de)serialisation of the cache file: no reflection on a build's start-up path.</summary>
[JsonSerializable(typeof(StoredFormulas))]
internal sealed partial class MathCacheJson : JsonSerializerContext;
