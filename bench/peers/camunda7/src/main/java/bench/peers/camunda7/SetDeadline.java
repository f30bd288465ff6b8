package bench.peers.camunda7;

import bench.peers.Harness;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service task: sets the case deadline variable. */
public class SetDeadline implements JavaDelegate {
  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("deadlineAt", Harness.deadline());
  }
}
