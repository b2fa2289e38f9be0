import { runSubgraphMain } from '@pecg/common';
import { mediationSubgraph } from './index';

runSubgraphMain(mediationSubgraph);
