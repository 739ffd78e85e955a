using Jsl.Runtime.Values;

namespace Jsl;

/// <summary>
/// Copies a value as it crosses between the engine and its host: lists, matrices and associative
/// arrays at any depth are copied, so a script that changes a variable later does not change the
/// host's value (nor the other way round). Associative arrays are references in JSL and may hold
/// themselves: each is copied once, and the copy keeps the original's sharing and cycles.
/// </summary>
internal static class ValueSnapshot
{
    public static Value Copy(Value value) => value switch
    {
        ListValue or AssociativeArrayValue => Copy(value, new Dictionary<Value, Value>(ReferenceEqualityComparer.Instance)),
        _ => value.CopyForAssignment(),
    };

    private static Value Copy(Value value, Dictionary<Value, Value> copies)
    {
        switch (value)
        {
            case ListValue list:
                Runtime.Errors.DepthGuard.EnterValue();
                var items = new List<Value>(list.Count);
                foreach (var item in list.Items) items.Add(Copy(item, copies));
                return new ListValue(items);
            case AssociativeArrayValue array:
                if (copies.TryGetValue(array, out var made)) return made;
                Runtime.Errors.DepthGuard.EnterValue();
                var copy = new AssociativeArrayValue();
                copies[array] = copy;
                copy.DefaultValue = array.DefaultValue is null ? null : Copy(array.DefaultValue, copies);
                foreach (var (key, entry) in array.Entries) copy.Entries[key] = Copy(entry, copies);
                return copy;
            default:
                return value.CopyForAssignment();
        }
    }
}
