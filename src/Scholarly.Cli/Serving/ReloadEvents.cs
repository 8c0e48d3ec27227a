using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Scholarly.Cli.Serving;

/// <summary>
/// The Server-Sent Events stream every open page listens on: "page" with a page's address when a rebuild has made it
/// ahead of the rest (the page of an edited paper), "reload" after a good build with the addresses already shown that
/// way, "failed" with the errors after a bad one (and to a page that connects while the last build is failing).
/// </summary>
internal sealed class ReloadEvents
{
    /// <summary>
    /// One channel per open page. A page waits on its channel without holding a thread, so a hundred open tabs cost
    /// a hundred small objects, not a hundred blocked threads that starve the requests for pages.
    /// </summary>
    private readonly ConcurrentDictionary<Guid, Channel<(string Event, string Data)>> _clients = new();
    private volatile string? _lastErrors;

    /// <summary>How many pages are listening right now.</summary>
    public int Listeners => _clients.Count;

    /// <summary>After a good build: every page reloads but those at <paramref name="current"/>, already shown as built (one per line).</summary>
    public void Reload(IEnumerable<string> current)
    {
        _lastErrors = null;
        Broadcast("reload", string.Join("\n", current));
    }

    /// <summary>A page of the build under way is ready ahead of the rest: a page at <paramref name="address"/> reloads now.</summary>
    /// <remarks>
    /// The build got past every content error to make it, so the last build's errors are no longer shown to a page
    /// that connects (this one, reloaded); should a template fail later in the build, "failed" says so again.
    /// </remarks>
    public void PageReady(string address)
    {
        _lastErrors = null;
        Broadcast("page", address);
    }

    public void Failed(string errors)
    {
        _lastErrors = errors;
        Broadcast("failed", errors);
    }

    /// <summary>Ends every stream, for a server that stops.</summary>
    public void CompleteAll()
    {
        foreach (var client in _clients.Values)
        {
            client.Writer.TryComplete();
        }
    }

    /// <summary>Streams events to one page until it goes away or the server stops.</summary>
    public async Task StreamAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var id = Guid.NewGuid();
        var queue = Channel.CreateUnbounded<(string Event, string Data)>(new UnboundedChannelOptions { SingleReader = true });
        _clients[id] = queue;
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            if (_lastErrors is { } errors)
            {
                queue.Writer.TryWrite(("failed", errors));
            }

            await foreach (var message in queue.Reader.ReadAllAsync(context.RequestAborted))
            {
                var data = string.Join("\n", message.Data.Split('\n').Select(line => "data: " + line));
                await context.Response.WriteAsync($"event: {message.Event}\n{data}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        finally
        {
            _clients.TryRemove(id, out _);
        }
    }

    private void Broadcast(string name, string data)
    {
        foreach (var client in _clients.Values)
        {
            client.Writer.TryWrite((name, data));
        }
    }
}
