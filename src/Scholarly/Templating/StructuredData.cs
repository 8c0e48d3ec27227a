using System.Text.Json.Nodes;
using Scholarly.Citation;
using Scholarly.Content;
using Scholarly.Markup;
using Scholarly.Model;
using Scholarly.Text;

namespace Scholarly.Templating;

/// <summary>
/// schema.org JSON-LD: a ScholarlyArticle for a paper, a ProfilePage about a Person for the home page.
/// Serialised with System.Text.Json's default encoder, which writes &lt;, &gt;, &amp; and quotes as \u escapes, so
/// no user text can close the script element it sits in.
/// </summary>
internal static class StructuredData
{
    public static string Article(Paper paper, Site site)
    {
        var baseUrl = site.Config.BaseUrl.AbsoluteUri;
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ScholarlyArticle",
            ["headline"] = Headline(paper.TitleText),
            ["name"] = paper.TitleText,
            ["author"] = new JsonArray([.. paper.Authors.Select(a => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = a })]),
            ["datePublished"] = DateAsKnown(paper.Date, paper.DatePrecision),
            ["url"] = baseUrl + UrlPath.Paper(paper.Slug),
            ["mainEntityOfPage"] = baseUrl + UrlPath.Paper(paper.Slug),
        };
        var abstractText = paper.AbstractText;
        if (abstractText.Length > 0)
        {
            article["abstract"] = abstractText;
        }

        if (paper.Venue is not null)
        {
            article["isPartOf"] = new JsonObject { ["@type"] = "PublicationIssue", ["name"] = paper.Venue };
        }

        var sameAs = new JsonArray();
        if (PaperIdentifiers.ArxivId(paper) is { } arxiv)
        {
            sameAs.Add((JsonNode?)JsonValue.Create("https://arxiv.org/abs/" + arxiv));
        }

        if (PaperIdentifiers.Doi(paper) is { } doi)
        {
            sameAs.Add((JsonNode?)JsonValue.Create("https://doi.org/" + doi));
            article["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "DOI", ["value"] = doi };
        }

        if (sameAs.Count > 0)
        {
            article["sameAs"] = sameAs;
        }

        if (paper.Tags.Count > 0)
        {
            article["keywords"] = string.Join(", ", paper.Tags);
        }

        if (paper.Citations is { } citations)
        {
            article["interactionStatistic"] = new JsonObject
            {
                ["@type"] = "InteractionCounter",
                ["interactionType"] = "https://schema.org/CiteAction",
                ["userInteractionCount"] = citations,
            };
        }

        return article.ToJsonString();
    }

    public static string Profile(Site site)
    {
        var profile = site.Profile;
        var baseUrl = site.Config.BaseUrl.AbsoluteUri;
        var person = new JsonObject
        {
            ["@type"] = "Person",
            ["name"] = profile.Name,
            ["url"] = baseUrl,
        };
        if (profile.Position is not null)
        {
            person["jobTitle"] = profile.Position;
        }

        if (profile.Affiliation is not null)
        {
            person["affiliation"] = new JsonObject { ["@type"] = "Organization", ["name"] = profile.Affiliation };
        }

        if (profile.Photo is not null)
        {
            person["image"] = profile.Photo.Contains("://", StringComparison.Ordinal) ? profile.Photo : baseUrl + profile.Photo;
        }

        var sameAs = profile.Links.Where(l => l.Url.StartsWith("http", StringComparison.Ordinal)).Select(l => (JsonNode)l.Url).ToArray();
        if (sameAs.Length > 0)
        {
            person["sameAs"] = new JsonArray(sameAs);
        }

        var page = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ProfilePage",
            ["url"] = baseUrl,
            ["name"] = site.Config.Title,
            ["mainEntity"] = person,
        };
        return page.ToJsonString();
    }

    /// <summary>A talk as a schema.org Event with the owner as performer: name, date, place, the event's page.</summary>
    public static string Event(Talk talk, Site site)
    {
        var baseUrl = site.Config.BaseUrl.AbsoluteUri;
        var value = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = talk.TitleText,
            ["startDate"] = DateAsKnown(talk.Date, talk.DatePrecision),
            ["url"] = baseUrl + UrlPath.Talk(talk.Slug),
            ["performer"] = new JsonObject { ["@type"] = "Person", ["name"] = site.Profile.Name, ["url"] = baseUrl },
        };
        var online = talk.Location is { } where && where.Contains("online", StringComparison.OrdinalIgnoreCase);
        value["eventAttendanceMode"] = online ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode";
        if (talk.Location is { } location)
        {
            value["location"] = online
                ? new JsonObject { ["@type"] = "VirtualLocation", ["name"] = location }
                : new JsonObject { ["@type"] = "Place", ["name"] = location, ["address"] = location };
        }

        if (talk.Event is { } eventName)
        {
            var superEvent = new JsonObject { ["@type"] = "Event", ["name"] = eventName };
            if (talk.Links.FirstOrDefault(l => l.Kind == "event" && l.IsExternal) is { } page)
            {
                superEvent["url"] = page.Url;
            }

            value["superEvent"] = superEvent;
        }

        var description = HtmlToText.Convert(talk.BodyHtml);
        if (description.Length > 0)
        {
            value["description"] = HtmlToText.Excerpt(description);
        }

        var papers = site.PapersOf(talk);
        if (papers.Count > 0)
        {
            value["subjectOf"] = new JsonArray([.. papers.Select(p => (JsonNode)new JsonObject { ["@type"] = "ScholarlyArticle", ["name"] = p.TitleText, ["url"] = baseUrl + UrlPath.Paper(p.Slug) })]);
        }

        return value.ToJsonString();
    }

    /// <summary>An ISO 8601 date with as much as is known: "2024-05-23", "2024-05", "2024".</summary>
    private static string DateAsKnown(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        _ => DateText.Iso(date),
    };

    /// <summary>Google asks for headlines of at most 110 characters.</summary>
    private static string Headline(string title) => title.Length <= 110 ? title : HtmlToText.Excerpt(title, 110);
}
