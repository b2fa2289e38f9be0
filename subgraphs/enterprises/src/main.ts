import { runSubgraphMain } from '@pecg/common';
import { enterprisesSubgraph } from './index';

runSubgraphMain(enterprisesSubgraph);
