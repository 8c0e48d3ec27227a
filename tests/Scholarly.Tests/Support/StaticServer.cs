using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Scholarly.Tests.Support;

/// <summary>
/// Serves a built site over HTTP on 127.0.0.1, as a static host would, with ASP.NET Core's static files on Kestrel:
/// a folder URL serves its index.html (a folder named without its slash is redirected to one), anything else missing,
/// or outside the prefix, is a 404. For browser tests, where file:// would hide failed requests and storage rules.
/// </summary>
internal sealed class StaticServer : IDisposable
{
    private readonly WebApplication _app;

    /// <param name="prefix">The path the site is served under, as GitHub Pages serves a project site ("/REPO/").</param>
    public StaticServer(string root, string prefix = "/")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();

        var files = new PhysicalFileProvider(Path.GetFullPath(root));
        var path = prefix.TrimEnd('/');
        if (path.Length == 0)
        {
            Serve(_app, files);
        }
        else
        {
            // Only under the prefix: the rest of the host is not the site's, as on GitHub Pages.
            _app.Map(path, site => Serve(site, files));
        }

        _app.StartAsync().GetAwaiter().GetResult();
        // Port 0: Kestrel picks a free port, and says which once started.
        var address = _app.Urls.Single();
        HostUrl = address.TrimEnd('/') + "/";
        BaseUrl = address.TrimEnd('/') + prefix;
    }

    /// <summary>Where the site is: the host and the prefix.</summary>
    public string BaseUrl { get; }

    /// <summary>The server itself, without the prefix.</summary>
    public string HostUrl { get; }

    public void Dispose()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private static void Serve(IApplicationBuilder site, IFileProvider files)
    {
        site.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        site.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
    }
}
