using Scholarly.Text;

namespace Scholarly.Output;

/// <summary>One file of the built site, at <see cref="Path"/> relative to the output folder ('/'-separated).</summary>
internal abstract record OutputFile(string Path);

/// <summary>A generated page or feed, written as UTF-8 without a byte order mark.</summary>
internal sealed record TextOutputFile(string Path, string Text) : OutputFile(Path);

/// <summary>A rendered page, already UTF-8.</summary>
internal sealed record Utf8OutputFile(string Path, Utf8Text Bytes) : OutputFile(Path);

/// <summary>A file copied as it is: a theme asset or a file from the site's static/ folder.</summary>
/// <param name="Origin">Where it came from, as shown in diagnostics.</param>
/// <param name="ThemeFile">For a theme asset, its path in the theme's folder (<c>assets/site.css</c>).</param>
internal sealed record CopiedOutputFile(string Path, string SourcePath, string Origin, string? ThemeFile = null) : OutputFile(Path);
