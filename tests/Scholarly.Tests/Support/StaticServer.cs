using System.Net;
using System.Net.Sockets;

namespace Scholarly.Tests.Support;

/// <summary>
/// Serves a built site over HTTP on 127.0.0.1, as a static host would: a folder URL serves its index.html,
/// a missing file is a 404. For browser tests, where file:// would hide failed requests and storage rules.
/// </summary>
internal sealed class StaticServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml", [".xml"] = "application/xml; charset=utf-8", [".pdf"] = "application/pdf",
        [".png"] = "image/png", [".jpg"] = "image/jpeg", [".json"] = "application/json",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly Task _loop;

    private readonly string _prefix;

    /// <param name="prefix">The path the site is served under, as GitHub Pages serves a project site ("/REPO/").</param>
    public StaticServer(string root, string prefix = "/")
    {
        _root = Path.GetFullPath(root);
        _prefix = prefix;
        var port = FreePort();
        HostUrl = $"http://127.0.0.1:{port}/";
        BaseUrl = $"http://127.0.0.1:{port}{prefix}";
        _listener.Prefixes.Add(HostUrl);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>Where the site is: the host and the prefix.</summary>
    public string BaseUrl { get; }

    /// <summary>The server itself, without the prefix.</summary>
    public string HostUrl { get; }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        var requested = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        if (!requested.StartsWith(_prefix, StringComparison.Ordinal))
        {
            response.StatusCode = 404;
            return;
        }

        var file = Path.GetFullPath(Path.Combine(_root, requested[_prefix.Length..]));
        if (Directory.Exists(file))
        {
            file = Path.Combine(file, "index.html");
        }

        if (!file.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(file))
        {
            response.StatusCode = 404;
            return;
        }

        response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        var bytes = File.ReadAllBytes(file);
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
