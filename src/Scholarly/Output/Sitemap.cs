using Scholarly.Model;
using Scholarly.Pages;
using Scholarly.Text;

namespace Scholarly.Output;

/// <summary>sitemap.xml (every page but the 404, with its date where it has one) and a robots.txt that names it.</summary>
internal static class Sitemap
{
    public const string FileName = "sitemap.xml";
    public const string RobotsFile = "robots.txt";
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static Utf8Text Build(Site site, IReadOnlyList<SitePage> pages)
    {
        var baseUrl = site.Config.BaseUrl.AbsoluteUri;
        return XmlFile.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var page in pages.Where(p => p.Kind.HasAddress))
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, baseUrl + page.Path);
                if (page.Kind.LastModifiedOf(page, site) is { } lastModified)
                {
                    xml.WriteElementString("lastmod", Namespace, DateText.Iso(lastModified));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        });
    }

    public static string Robots(Site site, bool withSitemap) =>
        withSitemap ? $"User-agent: *\nAllow: /\n\nSitemap: {site.Config.BaseUrl.AbsoluteUri}{FileName}\n" : "User-agent: *\nAllow: /\n";
}
