/** The reader's theme: 'light' or 'dark', remembered in localStorage; else the system's. */
export const THEME_KEY = 'journal-theme';

/**
 * Runs in <head> before the first paint (the site's one blocking script):
 * sets data-theme on <html> from the remembered choice or the system, so no
 * page ever flashes the other theme, and marks <html> with data-js, so that
 * the phone's menu is drawn closed from the first paint when its button will
 * work (app/styles/base.css) instead of collapsing once the page hydrates.
 */
export const THEME_SCRIPT = `(function(){document.documentElement.setAttribute('data-js','');try{var t=localStorage.getItem('${THEME_KEY}');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=t}catch(e){}})();`;
