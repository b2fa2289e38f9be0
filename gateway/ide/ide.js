/* Self-hosted GraphiQL: every asset comes from this gateway, nothing from the internet.
 * The token typed in the bar is sent as "Authorization: Bearer <token>" with every request
 * (a header set in GraphiQL's own headers editor wins). It is kept in this browser's localStorage. */
(function () {
  'use strict';
  var STORAGE_KEY = 'pecg.bearerToken';
  var input = document.getElementById('pecg-token');
  var state = document.getElementById('pecg-token-state');
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  var base = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
  var generation = 0;
  // A link may carry the operation to open: /?query=…
  var linkedQuery = new URLSearchParams(window.location.search).get('query');

  function currentToken() {
    return (input.value || '').trim().replace(/^Bearer\s+/i, '');
  }

  function fetcher(params, options) {
    var headers = Object.assign({}, (options && options.headers) || {});
    var token = currentToken();
    var hasHeader = Object.keys(headers).some(function (k) {
      return k.toLowerCase() === 'authorization';
    });
    if (token && !hasHeader) headers.Authorization = 'Bearer ' + token;
    return base(params, Object.assign({}, options, { headers: headers }));
  }

  function render() {
    generation += 1;
    state.textContent = currentToken() ? 'token set' : 'no token: every request will get 401';
    root.render(
      React.createElement(GraphiQL, {
        key: generation,
        fetcher: fetcher,
        defaultQuery: '# 警企共治 Graph — write a query and press the run button (Ctrl-Enter)\n{\n  __typename\n}\n',
        query: linkedQuery || undefined,
        shouldPersistHeaders: false,
      }),
    );
  }

  // Development only (the gateway writes the mode into the page): mint a local token for a role.
  function setUpRolePicker() {
    var mode = document.querySelector('meta[name="pecg-mode"]');
    if (!mode || mode.getAttribute('content') !== 'development') return;
    var picker = document.getElementById('pecg-dev-picker');
    var role = document.getElementById('pecg-dev-role');
    var enterprise = document.getElementById('pecg-dev-enterprise');
    picker.hidden = false;
    role.addEventListener('change', function () {
      enterprise.hidden = role.value !== 'ENTERPRISE';
    });
    document.getElementById('pecg-dev-mint').addEventListener('click', function () {
      var body = { role: role.value };
      if (role.value === 'ENTERPRISE') body.enterpriseId = enterprise.value.trim();
      fetch('/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
        .then(function (response) {
          return response.json();
        })
        .then(function (answer) {
          if (!answer.token) {
            state.textContent = (answer.error && answer.error.message) || 'no token minted';
            return;
          }
          input.value = answer.token;
          document.getElementById('pecg-token-apply').click();
          state.textContent = 'token set (' + answer.role + ', local)';
        });
    });
  }

  setUpRolePicker();
  input.value = window.localStorage.getItem(STORAGE_KEY) || '';
  document.getElementById('pecg-token-apply').addEventListener('click', function () {
    window.localStorage.setItem(STORAGE_KEY, currentToken());
    render();
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') document.getElementById('pecg-token-apply').click();
  });
  render();
})();
