# Test-only bridge, not part of az (used only by the conformance tests, on PYTHONPATH; it changes no installed file).
# 1. Debian's azure-cli 2.45 reads `<operations>.config` and passes `custom_headers=`, but the azure-mgmt-authorization
#    3.0.0 it ships names them `_config` and `headers=` (Azure/azure-cli#24959).
# 2. az 2.45's AKS attach retries until `ex.message == "The role assignment already exists."`, the message of the old
#    msrest CloudError; the azure-core error of 3.0.0 formats it as "(RoleAssignmentExists) ...", so the second attach
#    that `az aks update --attach-acr` makes loops ten times (~2 minutes) and fails although the role is granted
#    (Azure/AKS#3566). For a 409 RoleAssignmentExists this sets `.message` back to ARM's own message.
import functools, sys, importlib.abc, importlib.machinery
class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if not name.startswith('azure.mgmt.authorization.') or '.operations' not in name:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        orig = spec.loader.exec_module
        def exec_module(module, orig=orig):
            orig(module)
            for obj in list(vars(module).values()):
                if isinstance(obj, type) and obj.__name__.endswith('Operations') and not hasattr(obj, 'config'):
                    obj.config = property(lambda self: self._config)
                    for attr, fn in list(vars(obj).items()):
                        if callable(fn) and not attr.startswith('_'):
                            @functools.wraps(fn)
                            def wrapped(*a, __fn=fn, **kw):
                                ch = kw.pop('custom_headers', None)
                                if ch:
                                    kw['headers'] = ch
                                try:
                                    return __fn(*a, **kw)
                                except Exception as ex:
                                    error = getattr(ex, 'error', None)
                                    if getattr(error, 'code', None) == 'RoleAssignmentExists':
                                        ex.message = error.message
                                    raise
                            setattr(obj, attr, wrapped)
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, _Finder())
