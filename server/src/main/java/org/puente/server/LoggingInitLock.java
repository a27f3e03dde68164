package org.puente.server;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;

/**
 * Lets several nodes start in one JVM (the demo, the load tool, tests) without racing on the
 * logging system: Spring Boot resets and reconfigures the JVM-wide Logback context while each
 * application starts, and Logback's context is not safe for two resets at once (a {@code
 * ConcurrentModificationException} in {@code LoggerContext.fireOnReset} failed the demo's parallel
 * start). One listener takes a JVM-wide lock just before Boot's {@link LoggingApplicationListener}
 * begins and another releases it just after Boot has initialised logging (or when the start fails),
 * so the logging steps of concurrent starts run one at a time and the rest stays parallel.
 */
final class LoggingInitLock {
  private static final ReentrantLock LOCK = new ReentrantLock();

  private LoggingInitLock() {}

  /** Taken before Boot's logging listener sees the application starting. */
  static final class Acquire implements GenericApplicationListener {
    @Override
    public boolean supportsEventType(ResolvableType eventType) {
      return ApplicationStartingEvent.class.isAssignableFrom(eventType.toClass());
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
      LOCK.lock();
    }

    @Override
    public int getOrder() {
      return LoggingApplicationListener.DEFAULT_ORDER - 1;
    }
  }

  /** Released after Boot's logging listener has initialised logging, or if the start failed. */
  static final class Release implements GenericApplicationListener {
    @Override
    public boolean supportsEventType(ResolvableType eventType) {
      Class<?> type = eventType.toClass();
      return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
          || ApplicationFailedEvent.class.isAssignableFrom(type);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
      if (LOCK.isHeldByCurrentThread()) {
        LOCK.unlock();
      }
    }

    @Override
    public int getOrder() {
      return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
  }
}
