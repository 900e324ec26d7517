using System.Data.Common;
using Sitrep.Store.Query;

namespace Sitrep.Store.Sql;

/// <summary>Keeps the tables derived from an event row in step when it is inserted or merged: one event_actors row
/// per distinct actor code (with the event's date).</summary>
internal sealed class DerivedWriter : IDisposable
{
    private readonly DbCommand _insertActor, _deleteActors;

    public DerivedWriter(DbConnection c, DbTransaction tx)
    {
        _insertActor = BatchWriter.Prepare(c, tx,
            "INSERT INTO event_actors (actor_code, actor_date, event_id) VALUES (@actor_code, @actor_date, @event_id)",
            "@actor_code", "@actor_date", "@event_id");
        _deleteActors = BatchWriter.Prepare(c, tx, "DELETE FROM event_actors WHERE event_id = @event_id", "@event_id");
    }

    public void Inserted(EventRow row)
    {
        InsertActors(row);
    }

    /// <summary>A merge rewrote the row: only a changed actor or date touches event_actors.</summary>
    public void Updated(EventRow before, EventRow after)
    {
        if (before.Actor1?.Code != after.Actor1?.Code || before.Actor2?.Code != after.Actor2?.Code || before.Date != after.Date)
        {
            Run(_deleteActors, after.Id);
            InsertActors(after);
        }
    }

    private void InsertActors(EventRow row)
    {
        var first = row.Actor1?.Code;
        InsertActor(first, row);
        if (row.Actor2?.Code is { } second && second != first)
        {
            InsertActor(second, row);
        }
    }

    private void InsertActor(string? code, EventRow row)
    {
        if (code is null)
        {
            return;
        }
        Db.Set(_insertActor, "@actor_code", code);
        Db.Set(_insertActor, "@actor_date", Db.Iso(row.Date));
        Db.Set(_insertActor, "@event_id", row.Id);
        _insertActor.ExecuteNonQuery();
    }

    private static void Run(DbCommand? cmd, string eventId)
    {
        if (cmd is null)
        {
            return;
        }
        Db.Set(cmd, "@event_id", eventId);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _insertActor.Dispose();
        _deleteActors.Dispose();
    }
}
