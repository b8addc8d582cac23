import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { App } from './app/App';
import { useStore } from './state/store';
import { dataFileFromLocation } from './url/UrlSync';

// A link may name the graph file (?data=data/…json); it is read once, before anything loads.
useStore.getState().setLoad({ status: 'loading', file: dataFileFromLocation() });

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
