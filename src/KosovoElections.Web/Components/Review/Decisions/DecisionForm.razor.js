// The decision form's keyboard (issue 13): A approve, R reject, C request a correction, Enter records the chosen
// decision. Letters are ignored while typing in a field; Enter is left to the focused control when there is one
// (a button presses, a field types), so nothing is decided twice.
let listener = null;

const typing = target =>
    target instanceof HTMLElement && (target.isContentEditable || target.matches('textarea, select, input:not([type=radio]):not([type=checkbox])'));

const controlling = target =>
    target instanceof HTMLElement && target.matches('input, textarea, select, button, a[href]');

export function start(form) {
    stop();
    listener = event => {
        if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing || event.repeat) {
            return;
        }

        const key = event.key === 'Enter' ? 'Enter' : event.key.toUpperCase();
        if (!['A', 'R', 'C', 'Enter'].includes(key) || (key === 'Enter' ? controlling(event.target) : typing(event.target))) {
            return;
        }

        event.preventDefault();
        form.invokeMethodAsync('OnShortcutAsync', key);
    };
    document.addEventListener('keydown', listener);
}

export function stop() {
    if (listener) {
        document.removeEventListener('keydown', listener);
        listener = null;
    }
}
