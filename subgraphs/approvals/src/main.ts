import { runSubgraphMain } from '@pecg/common';
import { approvalsSubgraph } from './index';

runSubgraphMain(approvalsSubgraph);
