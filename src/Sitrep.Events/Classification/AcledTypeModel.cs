using Sitrep.Core;

namespace Sitrep.Events.Classification;

/// <summary>ACLED event type, sub-event type and actor-1 type (inter1) from note text: averaged perceptrons (and, for
/// the event type and inter1, a softmax regression beside them; for the event type also small feed-forward nets) trained on ACLED's public notes (<c>sitrep train acled-types</c>), committed as
/// models/events/acled-types.bin.gz.</summary>
public sealed class AcledTypeModel : IAcledTypeClassifier
{
    public const string ModelPath = "events/acled-types.bin.gz";
    public const string RebuildCommand = "sitrep train acled-types --csv ../shared/data/events/acled --out models/events/acled-types.bin.gz";

    /// <summary>Below this score margin the table's type stands.</summary>
    public double MinMargin { get; init; } = 0.0;

    public LinearClassifier SubEventType { get; }
    public LinearClassifier Inter1 { get; }
    /// <summary>The six event types on their own: fewer classes, more accurate than the sub-type's parent.</summary>
    public LinearClassifier EventType { get; }
    private readonly Dictionary<string, string> _eventTypeOf;

    /// <summary>More event-type perceptrons trained with other shuffles; their scores add to <see cref="EventType"/>'s
    /// (a small bagged ensemble: the notes are few, so one perceptron's choice varies with its shuffle order).</summary>
    public IReadOnlyList<LinearClassifier> EventTypeVotes { get; }

    /// <summary>Optional softmax regression over the event types, same labels: its log-odds add to the perceptrons'
    /// mean score divided by <see cref="PerceptronScale"/>.</summary>
    public LinearClassifier? EventTypeSoftmax { get; }

    /// <summary>Optional softmax regression over the inter1 codes, combined with <see cref="Inter1"/> the same way.</summary>
    public LinearClassifier? Inter1Softmax { get; }

    /// <summary>Optional feed-forward nets over the event types (other seeds), same labels: <see cref="NetWeight"/> ×
    /// their mean log-probability adds to the linear models' score.</summary>
    public IReadOnlyList<FeedForwardClassifier> EventTypeNets { get; }

    /// <summary>Weight of the nets' mean log-probability against the linear mix (dev folds: 4, 8 and 16 within 0.03
    /// points of each other; the nets alone score about as well as the mix with them, the linear models alone 0.4 lower).</summary>
    public const double NetWeight = 8;

    /// <summary>Puts the perceptrons' mean score on the softmax's log-odds scale (dev folds: 10, 15 and 20 within 0.05
    /// points of each other, 50 lower).</summary>
    public const double PerceptronScale = 15;

    public AcledTypeModel(LinearClassifier subEventType, LinearClassifier inter1, LinearClassifier eventType, Dictionary<string, string> eventTypeOf,
        IReadOnlyList<LinearClassifier>? eventTypeVotes = null, LinearClassifier? eventTypeSoftmax = null, LinearClassifier? inter1Softmax = null,
        IReadOnlyList<FeedForwardClassifier>? eventTypeNets = null)
    {
        SubEventType = subEventType;
        Inter1 = inter1;
        EventType = eventType;
        _eventTypeOf = eventTypeOf;
        EventTypeVotes = eventTypeVotes ?? [];
        if (eventTypeSoftmax is not null && !eventTypeSoftmax.Labels.AsSpan().SequenceEqual(eventType.Labels))
            throw new ArgumentException("the softmax must score the event types in the perceptrons' label order", nameof(eventTypeSoftmax));
        if (inter1Softmax is not null && !inter1Softmax.Labels.AsSpan().SequenceEqual(inter1.Labels))
            throw new ArgumentException("the softmax must score the inter1 codes in the perceptron's label order", nameof(inter1Softmax));
        EventTypeNets = eventTypeNets ?? [];
        if (EventTypeNets.Any(net => !net.Labels.AsSpan().SequenceEqual(eventType.Labels)))
            throw new ArgumentException("the nets must score the event types in the perceptrons' label order", nameof(eventTypeNets));
        EventTypeSoftmax = eventTypeSoftmax;
        Inter1Softmax = inter1Softmax;
    }

    /// <summary>The perceptrons' mean score, plus the softmax's log-odds when there is one (same label order: all were
    /// trained on the same rows).</summary>
    private static double[] Combined(LinearClassifier first, IReadOnlyList<LinearClassifier> votes, LinearClassifier? softmax, List<string> features)
    {
        var sum = first.Scores(features);
        foreach (var vote in votes)
        {
            var scores = vote.Scores(features);
            for (var k = 0; k < sum.Length; k++) sum[k] += scores[k];
        }
        for (var k = 0; k < sum.Length; k++) sum[k] /= 1 + votes.Count;
        if (softmax is null) return sum;
        var logOdds = softmax.Scores(features);
        for (var k = 0; k < sum.Length; k++) sum[k] = sum[k] / PerceptronScale + logOdds[k];
        return sum;
    }

    /// <summary>The event type with the highest combined score, and its margin over the runner-up.</summary>
    private (int Label, double Margin) PredictType(List<string> features)
    {
        var sum = Combined(EventType, EventTypeVotes, EventTypeSoftmax, features);
        foreach (var net in EventTypeNets)
        {
            var logProbabilities = net.Scores(features);
            for (var k = 0; k < sum.Length; k++) sum[k] += NetWeight * logProbabilities[k] / EventTypeNets.Count;
        }
        int best = 0, second = -1;
        for (var k = 1; k < sum.Length; k++)
        {
            if (sum[k] > sum[best]) { second = best; best = k; }
            else if (second < 0 || sum[k] > sum[second]) second = k;
        }
        return (best, second < 0 ? sum[best] : sum[best] - sum[second]);
    }

    private static readonly Lazy<AcledTypeModel?> Bundled = new(() => ModelFiles.Find(ModelPath) is { } p ? Load(p) : null);

    public static AcledTypeModel? Default => Bundled.Value;

    public (string EventType, string SubEventType)? Classify(ReadOnlySpan<char> text)
    {
        var features = NoteFeatures.Of(text);
        var (typeLabel, margin) = PredictType(features);
        if (margin < MinMargin) return null;
        var type = EventType.Labels[typeLabel];
        // the best sub-event type within the predicted event type
        var scores = SubEventType.Scores(features);
        var best = -1;
        for (var k = 0; k < scores.Length; k++)
        {
            if (_eventTypeOf.GetValueOrDefault(SubEventType.Labels[k]) != type) continue;
            if (best < 0 || scores[k] > scores[best]) best = k;
        }
        if (best < 0) return (type, SubEventType.Labels[SubEventType.Predict(features).Label]);
        return (type, SubEventType.Labels[best]);
    }

    public string ClassifyInter1(ReadOnlySpan<char> text)
    {
        var sum = Combined(Inter1, [], Inter1Softmax, NoteFeatures.Of(text));
        var best = 0;
        for (var k = 1; k < sum.Length; k++) if (sum[k] > sum[best]) best = k;
        return Inter1.Labels[best];
    }

    public void Save(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        using var file = File.Create(path);
        using (var w = new BinaryWriter(file, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(_eventTypeOf.Count);
            foreach (var (sub, type) in _eventTypeOf.OrderBy(kv => kv.Key, StringComparer.Ordinal)) { w.Write(sub); w.Write(type); }
            // length-prefixed gzip blobs: a GZipStream may read past its own member
            foreach (var model in new[] { SubEventType, Inter1, EventType }) WriteBlob(w, model.Save);
            w.Write(EventTypeVotes.Count);
            foreach (var model in EventTypeVotes) WriteBlob(w, model.Save);
            foreach (var softmax in new[] { EventTypeSoftmax, Inter1Softmax })
            {
                w.Write(softmax is not null);
                if (softmax is not null) WriteBlob(w, softmax.Save);
            }
            w.Write(EventTypeNets.Count);
            foreach (var net in EventTypeNets) WriteBlob(w, net.Save);
        }
    }

    private static void WriteBlob(BinaryWriter w, Action<Stream> save)
    {
        using var buffer = new MemoryStream();
        save(buffer);
        w.Write((int)buffer.Length);
        w.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static AcledTypeModel Load(string path)
    {
        using var file = File.OpenRead(path);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var r = new BinaryReader(file, System.Text.Encoding.UTF8, leaveOpen: true);
            var n = r.ReadInt32();
            for (var i = 0; i < n; i++) map[r.ReadString()] = r.ReadString();
            var sub = LinearClassifier.Load(new MemoryStream(r.ReadBytes(r.ReadInt32())), path);
            var inter = LinearClassifier.Load(new MemoryStream(r.ReadBytes(r.ReadInt32())), path);
            var type = LinearClassifier.Load(new MemoryStream(r.ReadBytes(r.ReadInt32())), path);
            // older files end here; newer ones add the event-type votes, then (flagged) the event-type and inter1
            // softmaxes, then the event-type nets
            var votes = new List<LinearClassifier>();
            if (file.Position < file.Length)
            {
                var count = r.ReadInt32();
                for (var i = 0; i < count; i++) votes.Add(LinearClassifier.Load(new MemoryStream(r.ReadBytes(r.ReadInt32())), path));
            }
            LinearClassifier? Softmax() => file.Position < file.Length && r.ReadBoolean() ? LinearClassifier.Load(new MemoryStream(r.ReadBytes(r.ReadInt32())), path) : null;
            var typeSoftmax = Softmax();
            var interSoftmax = Softmax();
            var nets = new List<FeedForwardClassifier>();
            if (file.Position < file.Length)
            {
                var count = r.ReadInt32();
                for (var i = 0; i < count; i++) nets.Add(FeedForwardClassifier.Load(new MemoryStream(r.ReadBytes(r.ReadInt32())), path));
            }
            return new AcledTypeModel(sub, inter, type, map, votes, typeSoftmax, interSoftmax, nets);
        }
        catch (EndOfStreamException)
        {
            throw new SitrepException($"{path}: truncated ACLED type model; rebuild with: {RebuildCommand}");
        }
    }
}
