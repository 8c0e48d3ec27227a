namespace Scholarly.Text;

/// <summary>How the pages of a site link to each other (<c>relative_links:</c> in scholarly.yml).</summary>
internal enum LinkStyle
{
    /// <summary>Page-relative ("../../tags/x/"), the default: the output works from any folder, subpath or file://.</summary>
    PageRelative,

    /// <summary>Root-relative from base_url's path ("/REPO/tags/x/"), for hosts that rewrite paths.</summary>
    RootRelative,
}
