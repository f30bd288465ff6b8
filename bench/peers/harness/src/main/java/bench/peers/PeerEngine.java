package bench.peers;

/** One peer engine, deployed with the bench process (start, deadline service task, user task). */
public interface PeerEngine extends AutoCloseable {
  /** e.g. "camunda 7.24.0 embedded, H2 file, history audit". */
  String describe();

  /**
   * Starts case {@code i} and returns once its user task (candidate group {@code qifuban}) is
   * visible through the engine's own task query; throws when it is not.
   */
  void runCase(int i);

  @Override
  void close();
}
