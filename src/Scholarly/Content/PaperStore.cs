using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Scholarly.Diagnostics;
using Scholarly.Markup;

namespace Scholarly.Content;

/// <summary>
/// The papers the last build read, kept beside the site (<c>.scholarly-cache/papers/</c>) so that the next build, in
/// another process, parses again only the files whose bytes changed: each is stored under its path in the site with
/// the SHA-256 of its content, the paper read from it and what reading it reported. Like <see cref="MathCache"/> it
/// is only a cache: a missing, damaged or foreign file is ignored, and the output is the same without it.
/// </summary>
/// <remarks>
/// A paper depends on its file's bytes and its path alone (the Markdown renderer takes no settings; formulas are
/// typeset from their TeX), and on the code that read it: a file written by another build of the tool is not read.
/// </remarks>
internal sealed class PaperStore
{
    /// <summary>
    /// The store is split into this many files by path, so that a build after one edit rewrites one small file, not
    /// every paper, and a build reads them on every core.
    /// </summary>
    private const int Shards = 64;

    private readonly string? _folder;
    private readonly Dictionary<string, StoredPaper> _stored;
    private readonly ConcurrentDictionary<string, StoredPaper> _used = new(StringComparer.Ordinal);
    private readonly bool[] _parsedIn = new bool[Shards];

    private PaperStore(string? folder, Dictionary<string, StoredPaper> stored)
    {
        _folder = folder;
        _stored = stored;
    }

    /// <summary>A store that keeps nothing: every file is parsed (<c>build --no-cache</c>, serve's rebuilds).</summary>
    public static PaperStore None() => new(null, []);

    /// <summary>The store of the site in <paramref name="siteDirectory"/>, with what its last build read.</summary>
    public static PaperStore Open(string siteDirectory)
    {
        var folder = Path.Combine(siteDirectory, MathCache.Folder, "papers");
        return new PaperStore(folder, Load(folder));
    }

    /// <summary>The paper in the file at <paramref name="path"/>, as <see cref="PaperReader.Read(string, string, MarkdownRenderer, DiagnosticBag)"/> gives it.</summary>
    public Paper? Read(string path, string displayPath, MarkdownRenderer markdown, DiagnosticBag diagnostics)
    {
        var bytes = File.ReadAllBytes(path);
        if (_folder is null)
        {
            return PaperReader.Read(bytes, path, displayPath, markdown, diagnostics);
        }

        var hash = Convert.ToHexString(SHA256.HashData(bytes));
        if (_stored.TryGetValue(displayPath, out var known) && known.Hash == hash)
        {
            foreach (var diagnostic in known.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            // Its formulas were not typeset this time; the math cache keeps them for the next build that parses it.
            markdown.Math.Use(known.Formulas);
            _used[displayPath] = known;
            return known.Paper;
        }

        _parsedIn[ShardOf(displayPath)] = true;
        var local = new DiagnosticBag();
        Paper? paper = null;
        var formulas = MathCache.Recording(() => paper = PaperReader.Read(bytes, path, displayPath, markdown, local));
        diagnostics.AddRange(local);
        _used[displayPath] = new StoredPaper(displayPath, hash, paper, local.Sorted(), [.. formulas.Distinct(StringComparer.Ordinal)]);
        return paper;
    }

    /// <summary>The SHA-256 of the bytes this build read from the paper file at <paramref name="displayPath"/>; null when the store keeps nothing.</summary>
    public string? HashOf(string displayPath) => _used.TryGetValue(displayPath, out var paper) ? paper.Hash : null;

    /// <summary>
    /// Writes the store's files whose papers differ from those stored (a file parsed anew, one gone), so that the
    /// store holds exactly the papers this build read; a failure to write is no error.
    /// </summary>
    public void Save()
    {
        if (_folder is null)
        {
            return;
        }

        var used = _used.Values.ToLookup(paper => ShardOf(paper.File));
        var stored = _stored.Values.ToLookup(paper => ShardOf(paper.File));
        var changed = Enumerable.Range(0, Shards).Where(shard => _parsedIn[shard] || used[shard].Count() != stored[shard].Count()).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(_folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // A read-only site still builds; the next build parses again.
        }

        Parallel.ForEach(changed, shard =>
        {
            var file = ShardFile(_folder, shard);
            // A file read with an error is not kept: a build with errors saves nothing, and the next one reads it again.
            var papers = used[shard].Where(paper => paper.Paper is not null).OrderBy(paper => paper.File, StringComparer.Ordinal).ToList();
            var temporary = file + "." + Path.GetRandomFileName();
            try
            {
                if (papers.Count == 0)
                {
                    File.Delete(file);
                    return;
                }

                using (var stream = File.Create(temporary))
                {
                    JsonSerializer.Serialize(stream, new StoredPapers(ToolIdentity, papers), StoreJson);
                }

                File.Move(temporary, file, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A full disk or a file held open elsewhere: that part is parsed again next time.
                TryDelete(temporary);
            }
        });
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for a later build's cleanup of nothing: a stray temporary file is never read.
        }
    }

    /// <summary>The build of the code that read the papers: another one may read the same file differently.</summary>
    private static readonly string ToolIdentity = ToolBuild.Identity;

    /// <summary>The generated contract; the file is never part of a page, so HTML in it needs no escaping.</summary>
    private static readonly JsonTypeInfo<StoredPapers> StoreJson =
        new PaperStoreJson(new JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            // A null where the types allow none (a file edited by hand) is a damaged file, not a paper without authors.
            RespectNullableAnnotations = true,
        }).StoredPapers;

    private static string ShardFile(string folder, int shard) => Path.Combine(folder, shard.ToString("x2", System.Globalization.CultureInfo.InvariantCulture) + ".json");

    /// <summary>Which of the store's files keeps the paper at <paramref name="file"/>: FNV-1a of the path, the same in every process.</summary>
    private static int ShardOf(string file)
    {
        var hash = 2166136261u;
        foreach (var c in file)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Shards);
    }

    private static Dictionary<string, StoredPaper> Load(string folder)
    {
        var shards = new StoredPaper[Shards][];
        Parallel.For(0, Shards, shard => shards[shard] = LoadShard(ShardFile(folder, shard), shard));
        var stored = new Dictionary<string, StoredPaper>(StringComparer.Ordinal);
        foreach (var paper in shards.SelectMany(papers => papers))
        {
            stored.TryAdd(paper.File, paper);
        }

        return stored;
    }

    /// <summary>One file's papers; none when it is missing, damaged or from another build of the tool.</summary>
    private static StoredPaper[] LoadShard(string file, int shard)
    {
        try
        {
            if (!File.Exists(file))
            {
                return [];
            }

            using var stream = File.OpenRead(file);
            var stored = JsonSerializer.Deserialize(stream, StoreJson);
            if (stored?.Tool != ToolIdentity)
            {
                return [];
            }

            return [.. stored.Papers.Where(paper => paper is { File.Length: > 0, Hash.Length: > 0, Paper: not null, Diagnostics: not null, Formulas: not null } && ShardOf(paper.File) == shard)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return [];
        }
    }
}

/// <summary>The store's file: the build of the tool that wrote it, and the papers.</summary>
internal sealed record StoredPapers(string Tool, IReadOnlyList<StoredPaper> Papers);

/// <summary>One paper file as the store keeps it: its path in the site, the SHA-256 of its bytes, what reading it gave.</summary>
/// <param name="Formulas">The math cache's keys of the formulas reading it typeset, which a build taking it from here still uses.</param>
internal sealed record StoredPaper(string File, string Hash, Paper? Paper, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Formulas);

/// <summary>Generated (de)serialisation of the store: no reflection on a build's start-up path.</summary>
[JsonSerializable(typeof(StoredPapers))]
internal sealed partial class PaperStoreJson : JsonSerializerContext;
