using Scholarly.Content;
using Scholarly.Markup;
using Scholarly.Model;
using Scholarly.Templating;
using Scholarly.Text;

namespace Scholarly.Pages;

/// <summary>A page per talk: where and when, its slides and video, what it was about, the papers it presents.</summary>
internal sealed class TalkPages() : EntryPages<Talk>("talk", "talk", site => site.Talks, UrlPath.Talk)
{
    /// <summary>The talk's opening words, else where and when it was given.</summary>
    public override string DescriptionOf(SitePage page, Site site)
    {
        var talk = SubjectOf(page);
        return HtmlToText.Convert(talk.BodyHtml) is { Length: > 0 } text
            ? HtmlToText.Excerpt(text)
            : string.Join(", ", new[] { $"A talk by {site.Profile.Name}", talk.Event, talk.Location, DateText.Full(talk.Date, talk.DatePrecision) }.OfType<string>()) + ".";
    }

    public override string? JsonLdOf(SitePage page, Site site) => StructuredData.Event(SubjectOf(page), site);

    public override DateOnly? LastModifiedOf(SitePage page, Site site) => SubjectOf(page).Date;
}
