async def g():
 with x, z:
  try:
   pass
  except E:
   pass
  else:
   with x:
    match x:
     case 1:
      try:
       while x:
        match x:
         case 1:
          try:
           match x:
            case 1:
             match x:
              case 1:
               try:
                pass
               except* E:
                try:
                 match x:
                  case 1:
                   with x:
                    async for x in y:
                     try:
                      pass
                     except E as e:
                      for x in y:
                       pass
                      else:
                       with x, z:
                        pass
                except E:
                 pass
          except E:
           pass
      finally:
       pass
