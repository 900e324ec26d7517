namespace Sitrep.Core;

/// <summary>A problem with the user's input or setup: printed as one line, never as a stack trace.</summary>
public class SitrepException(string message, Exception? inner = null) : Exception(message, inner);
