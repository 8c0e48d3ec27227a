using System.Text;
using System.Xml;
using Scholarly.Model;
using Scholarly.Pages;

namespace Scholarly.Output;

/// <summary>sitemap.xml (every page but the 404, with its date where it has one) and a robots.txt that names it.</summary>
internal static class Sitemap
{
    public const string FileName = "sitemap.xml";
    public const string RobotsFile = "robots.txt";
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string Build(Site site, IReadOnlyList<SitePage> pages)
    {
        var baseUrl = site.Config.BaseUrl.AbsoluteUri;
        var text = new RssFeed.Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = Encoding.UTF8 }))
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
        }

        return text + "\n";
    }

    public static string Robots(Site site, bool withSitemap) =>
        withSitemap ? $"User-agent: *\nAllow: /\n\nSitemap: {site.Config.BaseUrl.AbsoluteUri}{FileName}\n" : "User-agent: *\nAllow: /\n";
}
