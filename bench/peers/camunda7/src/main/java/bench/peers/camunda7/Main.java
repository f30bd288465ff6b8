package bench.peers.camunda7;

import bench.peers.Harness;
import bench.peers.PeerEngine;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Camunda 7 embedded: H2 file database, history level audit, job executor off (nothing is async). */
public final class Main implements PeerEngine {
  private final ProcessEngine engine;

  Main(String h2File) {
    engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:file:" + h2File)
        .setJdbcUsername("sa")
        .setJdbcPassword("")
        .setJdbcMaxActiveConnections(16)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(ProcessEngineConfiguration.HISTORY_AUDIT)
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    engine.getRepositoryService().createDeployment().addClasspathResource("intake.bpmn").deploy();
  }

  @Override
  public String describe() {
    return "camunda " + ProcessEngine.class.getPackage().getImplementationVersion() + " embedded, H2 file, history audit";
  }

  @Override
  public void runCase(int i) {
    ProcessInstance instance = engine.getRuntimeService()
        .startProcessInstanceByKey("intake", "case-" + i, Map.of("title", "用电问题 " + i));
    Task task = engine.getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).taskCandidateGroup("qifuban").singleResult();
    if (task == null || !"review".equals(task.getTaskDefinitionKey()))
      throw new IllegalStateException("case " + i + ": no review task visible");
  }

  @Override
  public void close() {
    engine.close();
  }

  public static void main(String[] args) throws Exception {
    try (Main main = new Main(args[0])) {
      Harness.run(main);
    }
  }
}
