import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { RawTag } from './RawTag.js';

createRoot(document.getElementById('root')!).render(<App />);
createRoot(document.getElementById('raw')!).render(<RawTag />);
