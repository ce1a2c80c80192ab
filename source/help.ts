/** The text of `acr-wizard --help`. */
export const helpText = `
  Usage
    $ acr-wizard [options]          run the wizard
    $ acr-wizard --demo             run it against the embedded sandbox (no Azure account needed)
    $ acr-wizard sandbox            run the sandbox alone, to point kubectl at it
    $ acr-wizard sandbox --scenario <name>   start it in a named broken world
    $ acr-wizard sandbox --list-scenarios    list the scenarios, one line each

  Options
    --demo                 use the embedded Azure + Kubernetes sandbox
    --yes, -y              do not ask: take defaults, fail naming the flag a question needs
    --cloud <name>         AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az's active cloud)
    --subscription <id>    the subscription to use (default: az's current one)
    --method <m>           attach | pull-secret | connected-registry
    --registry-name <n>    the registry to use or create
    --resource-group <g>   its resource group
    --location <l>         where to create new resources
    --sku <s>              Basic | Standard | Premium
    --cluster <id|name>    the AKS cluster (attach)
    --context <name>       the kubeconfig context (pull secret)
    --namespace <ns>       the Kubernetes namespace
    --credential <kind>    new-service-principal | existing-service-principal | token (pull secret)
    --kubeconfig <path>    a kubeconfig file (default: $KUBECONFIG or ~/.kube/config)
    --verbose              show the full cause of errors
    --version              print the version
    --help                 print this help

  Exit codes
    0 done · 1 failed · 2 cancelled, or a terminal was needed

  Keys
    ↑↓ move · enter choose · esc back · q quit
`;
