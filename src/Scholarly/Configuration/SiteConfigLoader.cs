using Scholarly.Content;
using Scholarly.Diagnostics;
using Scholarly.Text;

namespace Scholarly.Configuration;

/// <summary>Reads and validates <c>scholarly.yml</c>; unknown keys are warnings that name the key and its line.</summary>
internal static class SiteConfigLoader
{
    /// <summary>
    /// Every key scholarly.yml may have, declared once: the loader warns about any other, and tests hold the README's
    /// table and the scaffold's scholarly.yml to this list.
    /// </summary>
    public static readonly IReadOnlySet<string> Keys = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "description", "base_url", "language", "theme", "owner", "authors_before_et_al", "feed", "relative_links", "build_date", "params",
        "disable_kinds", "coauthors", "metrics", "computed_metrics", "menu", "sort", "highlight", "cname", "home",
    };

    /// <summary>The keys under <c>feed:</c>.</summary>
    public static readonly IReadOnlySet<string> FeedKeys = new HashSet<string>(StringComparer.Ordinal) { "limit" };

    /// <summary>Loads the config of the site in <paramref name="siteDirectory"/>; null when it is missing or unusable.</summary>
    public static SiteConfig? Load(string siteDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(siteDirectory, SiteConfig.FileName);
        if (!File.Exists(path))
        {
            diagnostics.Error(SiteConfig.FileName, 0, 0, $"no {SiteConfig.FileName} in {siteDirectory}: is this a Scholarly site folder? (use --source DIR)");
            return null;
        }

        if (SymbolicLinks.IsLink(path))
        {
            diagnostics.Error(SiteConfig.FileName, 0, 0, $"{SiteConfig.FileName} is a symbolic link (to {SymbolicLinks.TargetOf(path)}); links in a site are not followed, copy the file here instead");
            return null;
        }

        string text;
        try
        {
            text = ContentText.Read(path);
        }
        catch (InvalidContentException e)
        {
            diagnostics.Error(SiteConfig.FileName, e.Line, 0, e.Message);
            return null;
        }

        var map = YamlMap.Parse(text, SiteConfig.FileName, 0, diagnostics);
        if (map is null)
        {
            return null;
        }

        map.WarnUnknownKeys(Keys, SiteConfig.FileName);
        var title = map.String("title", required: true);
        var baseUrl = ReadBaseUrl(map);
        var feed = map.Map("feed");
        feed?.WarnUnknownKeys(FeedKeys, "feed");

        // owner: a name, or a list whose first item is the name and the rest other spellings of it.
        IReadOnlyList<string> ownerNames = [];
        if (map.IsMap("owner"))
        {
            map.Error(map.LineOf("owner"), "'owner' must be a name, or a list of names with yours first: owner: [Ada Lovelace, A. A. King]");
        }
        else
        {
            ownerNames = map.StringList("owner");
        }

        var config = new SiteConfig
        {
            SourceFile = SiteConfig.FileName,
            Title = title ?? "",
            Description = map.String("description"),
            BaseUrl = baseUrl ?? new Uri("https://example.org/"),
            Language = ReadLanguage(map),
            Theme = map.String("theme") ?? SiteConfig.DefaultTheme,
            ThemeLine = map.LineOf("theme"),
            Owner = ownerNames.Count > 0 ? ownerNames[0] : null,
            OwnerAliases = [.. ownerNames.Skip(1)],
            Highlighted = map.StringList("highlight"),
            AuthorsBeforeEtAl = map.Int("authors_before_et_al", min: 1) ?? 3,
            FeedLimit = feed?.Int("limit", min: 0) ?? 0,
            Links = map.Bool("relative_links", true) ? LinkStyle.PageRelative : LinkStyle.RootRelative,
            BuildDate = map.Date("build_date"),
            Params = [.. map.Map("params")?.Values().Select(v => new ParamSetting(v.Key, v.Value, SiteConfig.FileName, v.Line)) ?? []],
            DisabledKinds = ReadDisabledKinds(map),
            Coauthors = ReadCoauthors(map),
            PreferComputedMetrics = ReadMetricsPreference(map),
            ComputedMetricVisibility = ReadComputedMetrics(map),
            Menu = ReadMenu(map),
            Sort = ReadSort(map),
            Home = ReadHome(map),
            CustomDomain = ReadCustomDomain(map),
        };
        return title is null || baseUrl is null ? null : config;
    }

    /// <summary>Parses a base URL given on the command line or in the config; null (and false) when it is not absolute http(s).</summary>
    /// <summary>
    /// base_url, parsed strictly: every page's links and assets start with its path, so a path such as
    /// "//evil.example/x/" would make them load from another host. <paramref name="problem"/> says what is wrong.
    /// </summary>
    public static bool TryParseBaseUrl(string text, out Uri? url, out string? problem)
    {
        url = null;
        var trimmed = text.Trim();
        problem = trimmed switch
        {
            _ when trimmed.Contains('\\', StringComparison.Ordinal) => "it contains a backslash",
            _ when trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) => "it contains a space or a control character",
            _ when !Uri.TryCreate(trimmed, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https") => "it is not an absolute http(s) address",
            _ => null,
        };
        if (problem is not null)
        {
            return false;
        }

        var uri = new Uri(trimmed);
        var path = trimmed[(trimmed.IndexOf("://", StringComparison.Ordinal) + 3)..];
        path = path.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? path[slash..] : "/";
        problem = uri switch
        {
            _ when uri.UserInfo.Length > 0 => "it holds a user name or password",
            _ when uri.HostNameType is UriHostNameType.Unknown || uri.Host.Length == 0 => "its host name is not valid",
            _ when uri.Query.Length > 0 || uri.Fragment.Length > 0 || path.Contains('?', StringComparison.Ordinal) || path.Contains('#', StringComparison.Ordinal) => "it has a query or a fragment",
            _ when path.TrimEnd('/').Split('/').Skip(1).Any(s => s is "" or "." or "..") => "its path has an empty, '.' or '..' segment (links starting with '//' would lead to another host)",
            _ => null,
        };
        if (problem is not null)
        {
            return false;
        }

        url = uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        return true;
    }

    private static HashSet<string> ReadDisabledKinds(YamlMap map)
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in map.StringList("disable_kinds"))
        {
            if (DisabledKinds.All.Contains(kind))
            {
                kinds.Add(kind);
            }
            else
            {
                map.Warning(map.LineOf("disable_kinds"), $"unknown kind '{kind}' in disable_kinds (known: {string.Join(", ", DisabledKinds.All.Order(StringComparer.Ordinal))}); it is ignored");
            }
        }

        return kinds;
    }

    /// <summary><c>coauthors:</c> maps a name, as it appears in author lists, to that person's homepage.</summary>
    private static Dictionary<string, string> ReadCoauthors(YamlMap map)
    {
        var coauthors = new Dictionary<string, string>(StringComparer.Ordinal);
        var section = map.Map("coauthors");
        foreach (var name in section?.Keys ?? [])
        {
            var raw = section!.String(name);
            var url = raw is null ? null : LinkAddress.Normalize("homepage", raw, out var problem) is { } address && address.Contains("://", StringComparison.Ordinal) ? address : null;
            if (url is null)
            {
                section.Error(section.LineOf(name), $"co-author '{name}' needs an http(s) address for a homepage, not '{raw}'");
                continue;
            }

            coauthors[AuthorName.Key(name)] = url;
        }

        return coauthors;
    }

    /// <summary><c>metrics: computed</c> or <c>declared</c> (the default): which value wins when both exist.</summary>
    private static bool ReadMetricsPreference(YamlMap map)
    {
        var preference = map.String("metrics")?.Trim();
        if (preference is null or "declared")
        {
            return false;
        }

        if (preference == "computed")
        {
            return true;
        }

        map.Error(map.LineOf("metrics"), $"'metrics' must be 'declared' or 'computed', not '{preference}'");
        return false;
    }

    /// <summary><c>home: { sections: [biography, news, featured, publications], news: 5 }</c>; each part optional.</summary>
    private static HomeSetting ReadHome(YamlMap map)
    {
        if (!map.Has("home"))
        {
            return HomeSetting.Default;
        }

        if (map.Map("home") is not { } home)
        {
            return HomeSetting.Default;
        }

        home.WarnUnknownKeys(HomeSetting.Keys, "home");
        var sections = new List<string>();
        foreach (var name in home.Has("sections") ? home.StringList("sections") : HomeSetting.Known)
        {
            var section = name.Trim().ToLowerInvariant();
            if (!HomeSetting.Known.Contains(section))
            {
                home.Error(home.LineOf("sections"), $"the home page has no section '{name}'{Suggestion.DidYouMean(section, HomeSetting.Known)}; it can show {string.Join(", ", HomeSetting.Known)}");
            }
            else if (!sections.Contains(section))
            {
                sections.Add(section);
            }
        }

        return new HomeSetting(sections, home.Int("news", min: 0) ?? HomeSetting.Default.NewsItems);
    }

    /// <summary><c>sort: date</c> (the default) or <c>manual</c>.</summary>
    private static PaperOrder ReadSort(YamlMap map)
    {
        switch (map.String("sort")?.Trim())
        {
            case null or "date":
                return PaperOrder.Date;
            case "manual":
                return PaperOrder.Manual;
            case var other:
                map.Error(map.LineOf("sort"), $"'sort' must be 'date' (newest first) or 'manual' (by each paper's weight), not '{other}'");
                return PaperOrder.Date;
        }
    }

    /// <summary>What a menu entry given as a mapping may say.</summary>
    private static readonly IReadOnlySet<string> MenuKeys = new HashSet<string>(StringComparer.Ordinal) { "section", "label", "url" };

    /// <summary>
    /// <c>menu:</c>, a list of section or page names and of mappings (<c>section</c> or <c>url</c>, and <c>label</c>);
    /// whether each name exists is for assembly to say, once the pages are known.
    /// </summary>
    private static List<MenuSetting>? ReadMenu(YamlMap map)
    {
        if (!map.Has("menu"))
        {
            return null;
        }

        if (!map.IsList("menu"))
        {
            map.Error(map.LineOf("menu"), "'menu' must be a list: section or page names (- publications, - about) or links (- { label: Blog, url: https://… })");
            return null;
        }

        var entries = new List<MenuSetting>();
        foreach (var (name, item, line) in map.Items("menu"))
        {
            if (item is null)
            {
                if (name!.Length > 0)
                {
                    entries.Add(new MenuSetting(name, null, null, line));
                }

                continue;
            }

            item.WarnUnknownKeys(MenuKeys, "a menu entry");
            var section = item.String("section")?.Trim();
            var url = item.String("url")?.Trim();
            var label = item.String("label")?.Trim();
            string? address = null, problem = null;
            if (section is null == (url is null))
            {
                item.Error(line, "a menu entry names a 'section' (or a page) or gives a 'url', one of the two");
            }
            else if (url is not null && label is null)
            {
                item.Error(line, $"the menu entry for '{url}' needs a 'label'");
            }
            else if (url is not null && (address = LinkAddress.Normalize("menu", url, out problem)) is null)
            {
                item.Error(line, $"menu entry '{label}': {problem}");
            }
            else
            {
                entries.Add(new MenuSetting(section, label, address, line));
            }
        }

        return entries;
    }

    /// <summary>
    /// <c>computed_metrics:</c> maps a computed metric (h-index, i10-index, citations, papers) to <c>auto</c>,
    /// <c>show</c> or <c>hide</c> (true and false read as show and hide).
    /// </summary>
    private static Dictionary<string, MetricVisibility> ReadComputedMetrics(YamlMap map)
    {
        var visibility = new Dictionary<string, MetricVisibility>(StringComparer.OrdinalIgnoreCase);
        if (!map.IsMap("computed_metrics"))
        {
            if (map.String("computed_metrics") is not null)
            {
                map.Error(map.LineOf("computed_metrics"), "'computed_metrics' must map a metric to auto, show or hide, e.g. 'i10-index: hide'");
            }

            return visibility;
        }

        var known = new HashSet<string>(ComputedMetrics.All, StringComparer.Ordinal);
        foreach (var (name, value, line) in map.Map("computed_metrics")!.Values())
        {
            if (!known.Contains(name))
            {
                map.Warning(line, $"unknown computed metric '{name}' in computed_metrics{Suggestion.DidYouMean(name, known)} (known: {string.Join(", ", ComputedMetrics.All)}); it is ignored");
                continue;
            }

            MetricVisibility? setting = value switch
            {
                "auto" => MetricVisibility.Auto,
                "show" or true => MetricVisibility.Show,
                "hide" or false => MetricVisibility.Hide,
                _ => null,
            };
            if (setting is null)
            {
                map.Error(line, $"computed_metrics.{name} must be auto, show or hide, not '{value}'");
                continue;
            }

            visibility[name] = setting.Value;
        }

        return visibility;
    }

    /// <summary>A BCP 47 language tag (en, en-GB, zh-Hans): it goes into lang attributes and feeds as it is.</summary>
    private static string ReadLanguage(YamlMap map)
    {
        var language = map.String("language")?.Trim() ?? "en";
        if (!System.Text.RegularExpressions.Regex.IsMatch(language, "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"))
        {
            map.Error(map.LineOf("language"), $"'language' must be a language tag such as en or en-GB, not '{language}'");
            return "en";
        }

        return language;
    }

    /// <summary><c>cname: www.example.org</c>: a host name only, as GitHub Pages' CNAME file wants it.</summary>
    private static string? ReadCustomDomain(YamlMap map)
    {
        var domain = map.String("cname")?.Trim();
        if (domain is not null && Uri.CheckHostName(domain) != UriHostNameType.Dns)
        {
            map.Error(map.LineOf("cname"), $"'cname' must be a domain name such as www.example.org, not '{domain}'");
            return null;
        }

        return domain;
    }

    private static Uri? ReadBaseUrl(YamlMap map)
    {
        var text = map.String("base_url", required: true);
        if (text is null)
        {
            return null;
        }

        if (!TryParseBaseUrl(text, out var url, out var problem))
        {
            map.Error(map.LineOf("base_url"), $"'base_url' must be an http(s) address such as https://USER.github.io/REPO/, and '{text}' is not: {problem}");
            return null;
        }

        return url;
    }
}
