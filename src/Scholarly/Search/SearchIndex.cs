using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Scholarly.Search;

/// <summary>
/// The site search's index, written at build time as plain scripts so it loads from <c>file://</c> too (where a page
/// may not fetch): <c>search/index.js</c> says how many documents there are and which build wrote them; the
/// documents, what a result shows, in blocks of <see cref="BlockSize"/> (<c>search/docs-N.js</c>); every word's
/// postings in a file per first letter (<c>search/terms-a.js</c>; per first two letters from <see cref="TwoLettersFrom"/>
/// documents on, <c>search/terms-ab.js</c>), so a query loads one file per word, and the few
/// blocks its best results are in. Each file calls the global <c>scholarlySearch</c> that search.js defines and
/// carries the build's version, so a page never mixes two builds' files. The format is in docs/search.md.
/// </summary>
internal sealed class SearchIndex
{
    public const string Folder = "search/";
    public const string Manifest = Folder + "index.js";
    public const int BlockSize = 64;

    /// <summary>From this many documents on, words are split by their first two letters, so a file of words stays near 20 KB.</summary>
    public const int TwoLettersFrom = 2000;
    public const int Format = 1;

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Dictionary<string, string> _files;

    private SearchIndex(Dictionary<string, string> files) => _files = files;

    /// <summary>The path of every file of an index of <paramref name="documents"/> documents, known before it is made.</summary>
    public static IEnumerable<string> PathsOf(int documents) =>
        [Manifest, .. Enumerable.Range(0, BlockCount(documents)).Select(BlockPath), .. SearchWords.Shards(LettersFor(documents)).Select(ShardPath)];

    public static string BlockPath(int block) => $"{Folder}docs-{block}.js";

    public static string ShardPath(string shard) => $"{Folder}terms-{shard}.js";

    /// <summary>The text of one of the files <see cref="PathsOf"/> names.</summary>
    public string FileAt(string path) => _files[path];

    public static SearchIndex Build(IReadOnlyList<SearchDocument> documents)
    {
        var postings = PostingsOf(documents);

        // Each file is a call: scholarlySearch.CALL("VERSION",ARGUMENT,BODY), the version a hash of every body.
        var bodies = new Dictionary<string, (string Call, string Argument, string Body)>(StringComparer.Ordinal);
        for (var block = 0; block < BlockCount(documents.Count); block++)
        {
            bodies[BlockPath(block)] = ("docs", block.ToString(System.Globalization.CultureInfo.InvariantCulture), Json(writer => WriteBlock(writer, documents.Skip(block * BlockSize).Take(BlockSize))));
        }

        var letters = LettersFor(documents.Count);
        var byShard = postings.GroupBy(entry => SearchWords.ShardOf(entry.Key, letters)).ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        foreach (var shard in SearchWords.Shards(letters))
        {
            var words = byShard.GetValueOrDefault(shard, []);
            words.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            bodies[ShardPath(shard)] = ("terms", $"\"{shard}\"", Json(writer => WriteShard(writer, words)));
        }

        var version = VersionOf(bodies.Select(entry => (entry.Key, entry.Value.Body)));
        var files = bodies.ToDictionary(entry => entry.Key, entry => $"scholarlySearch.{entry.Value.Call}(\"{version}\",{entry.Value.Argument},{entry.Value.Body});\n", StringComparer.Ordinal);
        files[Manifest] = $"scholarlySearch.index({Json(writer => WriteManifest(writer, version, documents.Count, letters))});\n";
        return new SearchIndex(files);
    }

    private static int LettersFor(int documents) => documents >= TwoLettersFrom ? 2 : 1;

    private static int BlockCount(int documents) => Math.Max(1, (documents + BlockSize - 1) / BlockSize);

    /// <summary>
    /// Every word with the documents that have it, in order. Blocks of documents are read in parallel, each into
    /// postings of its own, then joined in block order, so no document's words are held longer than its block.
    /// </summary>
    private static Dictionary<string, List<(int, SearchField)>> PostingsOf(IReadOnlyList<SearchDocument> documents)
    {
        var blocks = new Dictionary<string, List<(int, SearchField)>>[BlockCount(documents.Count)];
        Parallel.For(0, blocks.Length, block =>
        {
            var postings = new BlockPostings();
            for (var i = block * BlockSize; i < Math.Min(documents.Count, (block + 1) * BlockSize); i++)
            {
                postings.Document = i;
                foreach (var (field, text) in documents[i].Fields)
                {
                    postings.Field = field;
                    SearchWords.Each(text, postings.Add);
                }
            }

            blocks[block] = postings.Words;
        });

        var all = new Dictionary<string, List<(int, SearchField)>>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            foreach (var (word, list) in block)
            {
                if (all.TryGetValue(word, out var joined))
                {
                    joined.AddRange(list);
                }
                else
                {
                    all[word] = list;
                }
            }
        }

        return all;
    }

    private static void WriteManifest(Utf8JsonWriter writer, string version, int documents, int letters)
    {
        writer.WriteStartObject();
        writer.WriteNumber("format", Format);
        writer.WriteString("version", version);
        writer.WriteNumber("documents", documents);
        writer.WriteNumber("block", BlockSize);
        writer.WriteNumber("letters", letters);
        writer.WriteEndObject();
    }

    /// <summary>A result's four strings: where it leads, its title, its byline and what it is.</summary>
    private static void WriteBlock(Utf8JsonWriter writer, IEnumerable<SearchDocument> documents)
    {
        writer.WriteStartArray();
        foreach (var document in documents)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(document.Url);
            writer.WriteStringValue(document.Title);
            writer.WriteStringValue(document.Byline);
            writer.WriteStringValue(document.Meta);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private static void WriteShard(Utf8JsonWriter writer, List<KeyValuePair<string, List<(int, SearchField)>>> words)
    {
        writer.WriteStartObject();
        foreach (var (word, postings) in words)
        {
            writer.WriteString(word, PostingCode.Encode(postings));
        }

        writer.WriteEndObject();
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The first 12 hex digits of a hash of every file's content: the same index, the same version.</summary>
    private static string VersionOf(IEnumerable<(string Path, string Body)> bodies)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, body) in bodies.OrderBy(entry => entry.Path, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path + "\n" + body + "\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    /// <summary>The postings of one block of documents as its words are read: a word met again in the same document adds its field.</summary>
    private sealed class BlockPostings
    {
        private readonly Dictionary<string, List<(int, SearchField)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public BlockPostings() => _lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

        public Dictionary<string, List<(int, SearchField)>> Words { get; } = new(StringComparer.Ordinal);

        public int Document { get; set; }

        public SearchField Field { get; set; }

        public void Add(ReadOnlySpan<char> word)
        {
            if (!_lookup.TryGetValue(word, out var list))
            {
                _lookup[word] = list = [];
            }

            if (list.Count > 0 && list[^1].Item1 == Document)
            {
                list[^1] = (Document, list[^1].Item2 | Field);
            }
            else
            {
                list.Add((Document, Field));
            }
        }
    }
}
