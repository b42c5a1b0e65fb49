import '@mantine/core/styles.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, queryClient } from './app/App';
import { prefetchScreen, preloadScreen } from './app/router';
import { resumeSession } from './lib/auth/session';

// What the first screen needs starts before React renders: its code, the session (refresh cookie,
// then the profile) and, as soon as there is an access token, the screen's first query.
preloadScreen(window.location);
void resumeSession().token.then((signedIn) => signedIn && prefetchScreen(queryClient, window.location));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
