package io.github.camelcoveo.push.client;

/**
 * A load stream Coveo opened on a catalog source: its id, and the file container of its first chunk.
 *
 * @param streamId names the stream in its chunk and close calls
 */
public record OpenedStream(String streamId, FileContainer firstChunk) {
}
