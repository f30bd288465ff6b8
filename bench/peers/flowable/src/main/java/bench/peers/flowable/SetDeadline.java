package bench.peers.flowable;

import bench.peers.Harness;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** The service task: sets the case deadline variable. */
public class SetDeadline implements JavaDelegate {
  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("deadlineAt", Harness.deadline());
  }
}
