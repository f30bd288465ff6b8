// Saving a calendar changes what the admin banner says: it listens for this window event.
const eventName = 'studio:calendar-changed';

export function announceCalendarChange(): void {
  window.dispatchEvent(new Event(eventName));
}

export function onCalendarChange(listener: () => void): () => void {
  window.addEventListener(eventName, listener);
  return () => window.removeEventListener(eventName, listener);
}
