// Tests and benchmarks drive the browsers from Debian packages; puppeteer must
// never download one of its own (this machine reaches only npm and Debian).
module.exports = { skipDownload: true, firefox: { skipDownload: true }, 'chrome-headless-shell': { skipDownload: true } };
