namespace Scholarly.Model;

/// <summary>One entry of the navigation every page shows.</summary>
/// <param name="Url">A site path from the root ("" for the home page, "about/") or an address elsewhere.</param>
internal sealed record MenuItem(string Label, string Url)
{
    public bool IsExternal => Content.Link.IsExternalAddress(Url);
}
