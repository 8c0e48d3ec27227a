using System.Globalization;
using System.Xml;
using Scholarly.Model;
using Scholarly.Text;

namespace Scholarly.Output;

/// <summary>The same papers as <see cref="RssFeed"/>, as an Atom 1.0 feed (RFC 4287) with RFC 3339 dates.</summary>
internal static class AtomFeed
{
    public const string FileName = "atom.xml";

    public static Utf8Text Build(Site site, FeedContent feed)
    {
        var config = site.Config;
        var baseUrl = config.BaseUrl.AbsoluteUri;
        var entries = config.FeedLimit > 0 ? feed.Entries.Take(config.FeedLimit) : feed.Entries;
        var updated = feed.Entries.Count > 0 ? feed.Entries[0].Date : site.BuildDate;
        var ns = RssFeed.AtomNamespace;

        return XmlFile.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", ns);
            xml.WriteAttributeString("xml", "lang", null, config.Language);
            xml.WriteElementString("title", ns, RssFeed.XmlSafe(feed.Title));
            xml.WriteElementString("subtitle", ns, RssFeed.XmlSafe(feed.Description));
            xml.WriteElementString("id", ns, baseUrl + feed.AtomPath);
            xml.WriteElementString("updated", ns, Rfc3339(updated));
            Link(xml, baseUrl + feed.AtomPath, "self", "application/atom+xml");
            Link(xml, baseUrl + feed.PagePath, "alternate", "text/html");
            xml.WriteStartElement("author", ns);
            xml.WriteElementString("name", ns, RssFeed.XmlSafe(site.Profile.Name));
            xml.WriteEndElement();
            xml.WriteElementString("generator", ns, "Scholarly");
            foreach (var entry in entries)
            {
                Entry(xml, site, entry, baseUrl);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        });
    }

    /// <summary>RFC 3339 at midnight UTC: "2026-05-28T00:00:00Z".</summary>
    public static string Rfc3339(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static void Entry(XmlWriter xml, Site site, FeedEntry entry, string baseUrl)
    {
        var ns = RssFeed.AtomNamespace;
        var link = baseUrl + entry.Path;
        xml.WriteStartElement("entry", ns);
        xml.WriteElementString("title", ns, RssFeed.XmlSafe(entry.Title));
        xml.WriteElementString("id", ns, link);
        Link(xml, link, "alternate", "text/html");
        xml.WriteElementString("published", ns, Rfc3339(entry.Date));
        xml.WriteElementString("updated", ns, Rfc3339(entry.Date));
        foreach (var author in entry.Authors)
        {
            xml.WriteStartElement("author", ns);
            xml.WriteElementString("name", ns, RssFeed.XmlSafe(author));
            xml.WriteEndElement();
        }

        foreach (var category in entry.Categories)
        {
            xml.WriteStartElement("category", ns);
            xml.WriteAttributeString("term", RssFeed.XmlSafe(category));
            xml.WriteEndElement();
        }

        xml.WriteStartElement("summary", ns);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(RssFeed.XmlSafe(site.Links.ResolveAbsolute(entry.SummaryHtml)));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", RssFeed.AtomNamespace);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }
}
