using System.Xml;
using Scholarly.Model;
using Scholarly.Text;

namespace Scholarly.Output;

/// <summary>
/// Writes an RSS 2.0 feed (the site's papers, one tag's, or the news), newest first, with absolute links from base_url.
/// Built with <see cref="XmlWriter"/>, so every user string is escaped as XML requires.
/// </summary>
internal static class RssFeed
{
    public const string FileName = "feed.xml";
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    public static Utf8Text Build(Site site, FeedContent feed)
    {
        var config = site.Config;
        var baseUrl = config.BaseUrl.AbsoluteUri;
        var entries = config.FeedLimit > 0 ? feed.Entries.Take(config.FeedLimit) : feed.Entries;
        var lastBuild = feed.Entries.Count > 0 ? feed.Entries[0].Date : site.BuildDate;

        return XmlFile.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
            xml.WriteAttributeString("xmlns", "dc", null, DublinCoreNamespace);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", XmlSafe(feed.Title));
            xml.WriteElementString("link", baseUrl + feed.PagePath);
            xml.WriteElementString("description", XmlSafe(feed.Description));
            xml.WriteElementString("language", config.Language);
            xml.WriteElementString("lastBuildDate", DateText.Rfc822(lastBuild));
            xml.WriteElementString("generator", "Scholarly");
            xml.WriteStartElement("link", AtomNamespace);
            xml.WriteAttributeString("href", baseUrl + feed.RssPath);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            foreach (var entry in entries)
            {
                WriteItem(xml, site, entry, baseUrl);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        });
    }

    /// <summary>XML 1.0 cannot carry control characters (a form feed pasted from a PDF, say): they are left out of the feed.</summary>
    internal static string XmlSafe(string text)
    {
        foreach (var c in text)
        {
            if (!XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))
            {
                return string.Concat(text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)));
            }
        }

        return text;
    }

    private static void WriteItem(XmlWriter xml, Site site, FeedEntry entry, string baseUrl)
    {
        var link = baseUrl + entry.Path;
        xml.WriteStartElement("item");
        xml.WriteElementString("title", XmlSafe(entry.Title));
        xml.WriteElementString("link", link);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "true");
        xml.WriteString(link);
        xml.WriteEndElement();
        xml.WriteElementString("pubDate", DateText.Rfc822(entry.Date));
        xml.WriteElementString("creator", DublinCoreNamespace, XmlSafe(string.Join(", ", entry.Authors) + (entry.EtAl ? " et al." : "")));
        foreach (var category in entry.Categories)
        {
            xml.WriteElementString("category", XmlSafe(category));
        }

        xml.WriteElementString("description", XmlSafe(site.Links.ResolveAbsolute(entry.SummaryHtml)));
        xml.WriteEndElement();
    }
}
