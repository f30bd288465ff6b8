package casemgmt.zeebe;

import io.camunda.zeebe.exporter.api.Exporter;
import io.camunda.zeebe.exporter.api.context.Context;
import io.camunda.zeebe.exporter.api.context.Controller;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Set;

/**
 * Appends every event record the engine adapter mirrors (process instances, jobs, timers, message
 * subscriptions, incidents, variables, messages, instance creations) to a JSON-lines file, one
 * record per line, flushed per record. The adapter tails the file to learn what the broker did
 * (Zeebe has no query API).
 */
public final class JsonLinesExporter implements Exporter {
  private static final Set<ValueType> VALUES =
      EnumSet.of(
          ValueType.PROCESS_INSTANCE,
          ValueType.JOB,
          ValueType.TIMER,
          ValueType.PROCESS_MESSAGE_SUBSCRIPTION,
          ValueType.INCIDENT,
          ValueType.VARIABLE,
          ValueType.MESSAGE,
          ValueType.PROCESS_INSTANCE_CREATION);

  private Path path;
  private BufferedWriter out;
  private Controller controller;

  @Override
  public void configure(final Context context) {
    final Object configured = context.getConfiguration().getArguments().get("path");
    if (configured == null) throw new IllegalArgumentException("exporter argument 'path' is required");
    path = Path.of(configured.toString());
    context.setFilter(
        new Context.RecordFilter() {
          @Override
          public boolean acceptType(final RecordType type) {
            return type == RecordType.EVENT;
          }

          @Override
          public boolean acceptValue(final ValueType value) {
            return VALUES.contains(value);
          }
        });
  }

  @Override
  public void open(final Controller controller) {
    this.controller = controller;
    try {
      out =
          Files.newBufferedWriter(
              path, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void export(final Record<?> record) {
    try {
      out.write(record.toJson());
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    controller.updateLastExportedRecordPosition(record.getPosition());
  }

  @Override
  public void close() {
    try {
      if (out != null) out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
