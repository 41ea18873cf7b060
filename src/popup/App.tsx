import { useTabReport } from './useTabReport';
import { ArticleView } from './ArticleView';
import { Loading } from './states/Loading';
import { Message } from './states/Message';

export function App() {
  const { report, setClutterHidden } = useTabReport();
  switch (report.state) {
    case 'loading':
      return <Loading />;
    case 'article':
      return <ArticleView analysis={report.analysis} clutterHidden={report.clutterHidden} onClutterHidden={setClutterHidden} />;
    case 'no-article':
      return (
        <Message kind="no-article" heading="No article on this page">
          Lede looks for a news story or blog post. This page seems to be a front page, a list or a form,
          so Lede left it as it is.
        </Message>
      );
    case 'restricted':
      return (
        <Message kind="restricted" heading={RESTRICTED_HEADINGS[report.reason]}>
          {RESTRICTED_HELP[report.reason]}
        </Message>
      );
    case 'error':
      return (
        <Message kind="error" heading="Lede could not read this page">
          Reload the page and try again. ({report.message})
        </Message>
      );
  }
}

const RESTRICTED_HEADINGS = {
  'browser-page': 'This is a page of the browser',
  store: 'Extension stores are off limits',
  pdf: 'Lede cannot read PDFs',
  file: 'Local files need your permission',
  other: 'The browser does not let extensions read this page',
} as const;

const RESTRICTED_HELP = {
  'browser-page': 'Settings, new tabs and other browser pages cannot be read by any extension. Open a news article and click Lede again.',
  store: 'Browsers protect their add-on stores from all extensions. Open a news article and click Lede again.',
  pdf: 'The browser shows PDFs in its own viewer, which extensions cannot read. Open the article as a web page instead.',
  file: 'To use Lede on saved pages, allow “Access to file URLs” in Lede’s details on the extensions page.',
  other: 'Open a news article and click Lede again.',
} as const;
